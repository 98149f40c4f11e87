package nl.keukentafel.logic.genogram.gedcom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.logic.genogram.GenogramService;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.GenoUnion;
import nl.keukentafel.model.genogram.ParentLink;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.UnionEvent;
import nl.keukentafel.model.genogram.UnionEventType;
import nl.keukentafel.store.RecordStore;

/**
 * Maps one {@code FAM} record: a couple (unless it is a family made up only to hang children under, {@code _KT_NOCOUPLE},
 * or has one partner) with its events in file order, and a parent link from each child to each partner, of the kind its
 * {@code FAMC.PEDI} says, or exactly the links its {@code _KT_PLINK}s spell out. See docs/gedcom.md.
 */
final class FamilyImport {
    private static final Set<String> USED = Set.of("HUSB", "WIFE", "CHIL", "MARR", "DIV", "ENGA", "NOTE", "SNOTE",
            GedcomTags.UNION, GedcomTags.NO_COUPLE);
    private static final Set<String> EVENT_USED = Set.of("DATE");

    private final ImportContext context;
    private final PersonImport persons;
    private final Set<String> plannedLinks = new LinkedHashSet<>();

    FamilyImport(ImportContext context, PersonImport persons) {
        this.context = context;
        this.persons = persons;
    }

    /** {@code famcs}: per family id, the children's {@code FAMC} structures pointing at it, by child key. */
    void read(GedcomNode family, Map<String, Map<UUID, GedcomNode>> famcs) {
        Optional<UUID> husband = family.child("HUSB").flatMap(context::person);
        Optional<UUID> wife = family.child("WIFE").flatMap(context::person);
        if (husband.isPresent() && wife.isPresent() && family.child(GedcomTags.NO_COUPLE).isEmpty()) {
            union(family, husband.get(), wife.get());
        }
        List<UUID> partners = new ArrayList<>();
        husband.ifPresent(partners::add);
        wife.ifPresent(partners::add);
        Map<UUID, GedcomNode> childOf = new LinkedHashMap<>();
        for (GedcomNode child : family.children("CHIL")) {
            context.person(child).ifPresent(key -> childOf.putIfAbsent(key, null));
        }
        childOf.putAll(famcs.getOrDefault(family.xref(), Map.of()));
        childOf.forEach((child, famc) -> links(child, famc, partners, family));
        context.skipOthers(family, USED);
    }

    private void union(GedcomNode family, UUID partnerA, UUID partnerB) {
        if (partnerA.equals(partnerB)) {
            context.warn(family, "gedcom.warn.selfUnion");
            return;
        }
        boolean exists = context.state().unions().stream().anyMatch(union -> Set.of(union.partnerA(), union.partnerB())
                .equals(Set.of(partnerA, partnerB)));
        if (exists) {
            context.warn(family, "gedcom.warn.unionExists");
            return;
        }
        List<UnionEvent> events = new ArrayList<>();
        for (GedcomNode event : family.children()) {
            UnionEventType type = switch (event.tag()) {
                case "MARR" -> UnionEventType.MARRIED;
                case "DIV" -> UnionEventType.DIVORCED;
                case "ENGA" -> UnionEventType.ENGAGED;
                case GedcomTags.UNION -> ImportEnums.parse(context, event, UnionEventType.class);
                default -> null;
            };
            if (type != null) {
                events.add(new UnionEvent(type, persons.date(event)));
                context.skipOthers(event, EVENT_USED);
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(GenoUnion.Field.PARTNER_A, partnerA);
        fields.put(GenoUnion.Field.PARTNER_B, partnerB);
        fields.put(GenoUnion.Field.EVENTS, events);
        PersonImport.put(fields, GenoUnion.Field.NOTE, String.join("\n", family.children().stream()
                .filter(child -> child.tag().equals("NOTE") || child.tag().equals("SNOTE")).map(context::noteText).toList()));
        context.plan().write(new RecordStore.Write(new RecordRef(RecordKind.GENO_UNION, context.freshId(), context.dossierId()), fields));
        context.plan().countUnion();
    }

    private void links(UUID child, GedcomNode famc, List<UUID> partners, GedcomNode family) {
        List<GedcomNode> spelled = famc == null ? List.of() : famc.children(GedcomTags.PARENT_LINK);
        ParentLinkKind pedigree = famc == null || !spelled.isEmpty() ? ParentLinkKind.BIRTH : pedigree(famc);
        int line = famc == null ? family.line() : famc.line();
        if (spelled.isEmpty()) {
            partners.forEach(parent -> link(child, parent, pedigree, "", "", line));
        }
        for (GedcomNode link : spelled) {
            Optional<UUID> parent = context.person(link);
            if (parent.isPresent() && !partners.contains(parent.get())) {
                context.warn(link, "gedcom.warn.notAPartner");
            } else if (parent.isPresent()) {
                ParentLinkKind kind = link.child("TYPE").map(type -> ImportEnums.parse(context, type, ParentLinkKind.class))
                        .orElse(pedigree);
                String note = String.join("\n", link.children("NOTE").stream().map(context::noteText).toList());
                link(child, parent.get(), kind == null ? pedigree : kind, persons.date(link), note, link.line());
            }
        }
        if (famc != null) {
            context.skipOthers(famc, Set.of("PEDI", GedcomTags.PARENT_LINK));
        }
    }

    private void link(UUID child, UUID parent, ParentLinkKind kind, String since, String note, int line) {
        if (child.equals(parent)) {
            context.plan().issue(GedcomIssue.error(line, "FAMC", "gedcom.error.ownParent"));
            return;
        }
        boolean exists = context.state().parentLinks().stream()
                .anyMatch(link -> link.child().equals(child) && link.parent().equals(parent));
        if (exists || !plannedLinks.add(child + "/" + parent)) {
            context.plan().issue(GedcomIssue.warning(line, "FAMC", "gedcom.warn.linkExists"));
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(ParentLink.Field.CHILD, child);
        fields.put(ParentLink.Field.PARENT, parent);
        fields.put(ParentLink.Field.LINK_KIND, kind);
        PersonImport.put(fields, ParentLink.Field.SINCE, since);
        PersonImport.put(fields, ParentLink.Field.NOTE, note);
        context.plan().write(new RecordStore.Write(GenogramService.parentLinkRef(context.dossierId(), child, parent), fields));
        context.plan().parentLink(child, parent, line);
    }

    /** GEDCOM's pedigree; OTHER with a phrase naming a step relation is a step link. */
    private ParentLinkKind pedigree(GedcomNode famc) {
        Optional<GedcomNode> pedi = famc.child("PEDI");
        if (pedi.isEmpty()) {
            return ParentLinkKind.BIRTH;
        }
        String phrase = pedi.get().childValue("PHRASE").toLowerCase(java.util.Locale.ROOT);
        return switch (pedi.get().value().strip().toUpperCase(java.util.Locale.ROOT)) {
            case "BIRTH" -> ParentLinkKind.BIRTH;
            case "ADOPTED" -> ParentLinkKind.ADOPTIVE;
            case "FOSTER" -> ParentLinkKind.FOSTER;
            default -> {
                if (phrase.contains("step") || phrase.contains("stief")) {
                    yield ParentLinkKind.STEP;
                }
                context.warn(pedi.get(), "gedcom.warn.pedigree", pedi.get().value().isBlank() ? "-" : pedi.get().value().strip());
                yield ParentLinkKind.BIRTH;
            }
        };
    }
}
