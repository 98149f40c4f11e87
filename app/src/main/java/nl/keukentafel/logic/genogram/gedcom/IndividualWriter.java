package nl.keukentafel.logic.genogram.gedcom;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.model.genogram.EmotionalRelation;
import nl.keukentafel.model.genogram.ParentLink;
import nl.keukentafel.model.genogram.ParentLinkKind;

/** Writes one {@code INDI} record with its links to families, twins and emotional relations. Not thread-safe. */
final class IndividualWriter {
    private final GedcomOut out;
    private final Map<UUID, String> xrefs;
    private final List<ExportFamily> families;

    IndividualWriter(GedcomOut out, Map<UUID, String> xrefs, List<ExportFamily> families) {
        this.out = out;
        this.xrefs = xrefs;
        this.families = families;
    }

    void write(ExportPerson person, boolean index, List<UUID> twins, List<EmotionalRelation> relations) {
        out.record(xrefs.get(person.key()), "INDI");
        boolean named = notBlank(person.givenName()) || notBlank(person.familyName());
        if (named) {
            out.text(1, "NAME", (blankToEmpty(person.givenName()) + " /" + blankToEmpty(person.familyName()) + "/").strip());
        }
        if (person.gender() != null) {
            out.text(1, "SEX", GedcomWriter.sex(person.gender()));
        }
        event("BIRT", person.birthDate(), notBlank(person.birthDate()));
        event("DEAT", person.deathDate(), person.deceased() || notBlank(person.deathDate()));
        for (ExportFamily family : families) {
            family.children().stream().filter(entry -> entry.child().equals(person.key())).forEach(entry -> childOf(family, entry));
        }
        families.stream().filter(family -> family.hasPartner(person.key())).forEach(family -> out.pointer(1, "FAMS", family.xref()));
        for (UUID twin : twins) {
            if (!twin.equals(person.key())) {
                out.pointer(1, "ASSO", xrefs.get(twin)).text(2, "ROLE", "MULTIPLE");
            }
        }
        out.text(1, "NOTE", person.note());
        if (person.inHousehold()) {
            out.text(1, GedcomTags.MEMBER, person.memberId().toString()).text(1, GedcomTags.HOUSEHOLD, "Y");
        }
        if (index) {
            out.text(1, GedcomTags.INDEX, "Y");
        }
        if (GedcomWriter.isLoss(person.kind())) {
            out.text(1, GedcomTags.LOSS, person.kind().name());
        }
        if (person.twinKind() != null) {
            out.text(1, GedcomTags.TWIN, person.twinKind().name());
        }
        if (person.birthOrder() != null) {
            out.text(1, GedcomTags.ORDER, person.birthOrder().toString());
        }
        relations.forEach(this::relation);
    }

    private void event(String tag, String date, boolean happened) {
        if (!happened) {
            return;
        }
        if (notBlank(date)) {
            out.line(1, tag).date(2, date);
        } else {
            out.text(1, tag, "Y");
        }
    }

    /**
     * {@code FAMC} with the pedigree GEDCOM knows. Where one family cannot say it (only one of the partners is this
     * child's parent, the partners' kinds differ, a link has a date or note) each link is spelled out in
     * {@code _KT_PLINK}, which then decides on import.
     */
    private void childOf(ExportFamily family, ExportFamily.ChildEntry entry) {
        out.pointer(1, "FAMC", family.xref());
        List<ParentLinkKind> kinds = entry.links().stream().map(link -> kind(link)).distinct().toList();
        if (kinds.size() == 1 && kinds.get(0) != ParentLinkKind.STEP) {
            out.text(2, "PEDI", pedigree(kinds.get(0)));
        } else {
            out.text(2, "PEDI", "OTHER").text(3, "PHRASE", String.join("/",
                    kinds.stream().map(kind -> kind.name().toLowerCase(java.util.Locale.ROOT)).toList()));
        }
        boolean spelledOut = entry.links().size() != family.partnerCount() || kinds.size() > 1
                || entry.links().stream().anyMatch(link -> notBlank(link.since()) || notBlank(link.note()));
        if (spelledOut) {
            for (ParentLink link : entry.links()) {
                out.pointer(2, GedcomTags.PARENT_LINK, xrefs.get(link.parent())).text(3, "TYPE", kind(link).name());
                out.date(3, link.since()).text(3, "NOTE", link.note());
            }
        }
    }

    private static ParentLinkKind kind(ParentLink link) {
        return link.linkKind() == null ? ParentLinkKind.BIRTH : link.linkKind();
    }

    static String pedigree(ParentLinkKind kind) {
        return switch (kind) {
            case BIRTH -> "BIRTH";
            case ADOPTIVE -> "ADOPTED";
            case FOSTER -> "FOSTER";
            case STEP -> "OTHER";
        };
    }

    private void relation(EmotionalRelation relation) {
        out.pointer(1, GedcomTags.EMOTIONAL, xrefs.get(relation.to())).text(2, "TYPE", relation.relationType().name());
        String period = GedcomDates.period(relation.since(), relation.until());
        if (period != null) {
            out.text(2, "DATE", period);
        } else {
            out.text(2, GedcomTags.SINCE, relation.since()).text(2, GedcomTags.UNTIL, relation.until());
        }
        out.text(2, "NOTE", relation.note());
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
