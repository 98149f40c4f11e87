package nl.keukentafel.logic.genogram.gedcom;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.model.RecordRef;

/**
 * Turns a parsed GEDCOM file into an {@link ImportPlan} for one dossier: persons first (so every pointer can be
 * resolved), then families with their parent links, then twins and emotional relations, then the checks over the
 * whole plan. Records GEDCOM has that the genogram does not (sources, media, repositories) are listed as skipped.
 * Stateless; each call has its own context.
 */
final class GedcomImporter {
    private static final Set<String> SILENT_RECORDS = Set.of("HEAD", "TRLR", "NOTE", "SNOTE");

    ImportPlan plan(UUID dossierId, GenogramState state, GedcomParser.Parsed parsed, Supplier<UUID> freshIds) {
        ImportPlan plan = new ImportPlan();
        parsed.issues().forEach(plan::issue);
        ImportContext context = new ImportContext(dossierId, state, plan, freshIds);
        Map<String, GedcomNode> individuals = new LinkedHashMap<>();
        List<GedcomNode> families = new java.util.ArrayList<>();
        for (GedcomNode record : parsed.records()) {
            sort(context, record, individuals, families);
        }
        if (parsed.records().stream().noneMatch(record -> record.tag().equals("HEAD")) && individuals.isEmpty()) {
            plan.issue(GedcomIssue.error(1, "HEAD", "gedcom.error.notGedcom"));
            return plan;
        }
        PersonImport persons = new PersonImport(context);
        Map<String, UUID> keys = new LinkedHashMap<>();
        Set<UUID> membersTaken = new HashSet<>();
        individuals.forEach((xref, individual) -> {
            UUID key = persons.key(individual, membersTaken);
            keys.put(xref, key);
            context.personKey(xref, key);
        });
        Map<UUID, RecordRef> refs = new LinkedHashMap<>();
        individuals.forEach((xref, individual) -> refs.put(keys.get(xref), persons.read(individual, keys.get(xref))));
        Map<String, Map<UUID, GedcomNode>> famcs = new LinkedHashMap<>();
        individuals.forEach((xref, individual) -> individual.children("FAMC").forEach(famc -> context.family(famc)
                .ifPresent(family -> famcs.computeIfAbsent(family.xref(), id -> new LinkedHashMap<>()).putIfAbsent(keys.get(xref), famc))));
        state.parentLinks().forEach(link -> plan.existingParentLink(link.child(), link.parent()));
        FamilyImport familyImport = new FamilyImport(context, persons);
        families.forEach(family -> familyImport.read(family, famcs));
        RelativeLinksImport links = new RelativeLinksImport(context);
        individuals.forEach((xref, individual) -> links.read(individual, keys.get(xref)));
        links.writeTwinGroups(refs);
        plan.validate();
        return plan;
    }

    private static void sort(ImportContext context, GedcomNode record, Map<String, GedcomNode> individuals, List<GedcomNode> families) {
        boolean structural = record.tag().equals("INDI") || record.tag().equals("FAM");
        if (record.xref() == null) {
            if (structural) {
                context.warn(record, "gedcom.warn.noId");
            } else if (!SILENT_RECORDS.contains(record.tag())) {
                context.warn(record, record.tag().startsWith("_") ? "gedcom.warn.unknownExtension" : "gedcom.warn.recordSkipped");
            }
            return;
        }
        if (!context.register(record)) {
            return;
        }
        if (record.tag().equals("INDI")) {
            individuals.put(record.xref(), record);
        } else if (record.tag().equals("FAM")) {
            families.add(record);
        } else if (!SILENT_RECORDS.contains(record.tag())) {
            context.warn(record, record.tag().startsWith("_") ? "gedcom.warn.unknownExtension" : "gedcom.warn.recordSkipped");
        }
    }
}
