package nl.keukentafel.logic.genogram.gedcom;

import java.util.Map;
import java.util.UUID;
import nl.keukentafel.model.genogram.UnionEvent;
import nl.keukentafel.model.genogram.UnionEventType;

/**
 * Writes one {@code FAM} record: partners (GEDCOM 7 uses HUSB and WIFE as partner roles whatever their sex: partner A
 * is HUSB, partner B is WIFE), children, and the couple's events in their order. Stateless.
 */
final class FamilyWriter {
    private FamilyWriter() {
    }

    static void write(GedcomOut out, ExportFamily family, Map<UUID, String> xrefs) {
        out.record(family.xref(), "FAM");
        if (family.husband() != null) {
            out.pointer(1, "HUSB", xrefs.get(family.husband()));
        }
        if (family.wife() != null) {
            out.pointer(1, "WIFE", xrefs.get(family.wife()));
        }
        family.children().stream().map(ExportFamily.ChildEntry::child).distinct()
                .forEach(child -> out.pointer(1, "CHIL", xrefs.get(child)));
        if (family.noCouple()) {
            out.text(1, GedcomTags.NO_COUPLE, "Y");
            return;
        }
        for (UnionEvent event : family.union().events()) {
            if (event.type() != null) {
                event(out, event);
            }
        }
        out.text(1, "NOTE", family.union().note());
    }

    private static void event(GedcomOut out, UnionEvent event) {
        String standard = standardTag(event.type());
        boolean dated = event.date() != null && !event.date().isBlank();
        if (standard == null) {
            out.text(1, GedcomTags.UNION, event.type().name());
        } else if (dated) {
            out.line(1, standard);
        } else {
            out.text(1, standard, "Y");
        }
        out.date(2, event.date());
    }

    /** The GEDCOM family event for a union event, or null when GEDCOM has none (then {@code _KT_UNION}). */
    static String standardTag(UnionEventType type) {
        return switch (type) {
            case MARRIED -> "MARR";
            case DIVORCED -> "DIV";
            case ENGAGED -> "ENGA";
            default -> null;
        };
    }
}
