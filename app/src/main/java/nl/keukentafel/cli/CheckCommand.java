package nl.keukentafel.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import nl.keukentafel.logic.check.CheckOutput;
import nl.keukentafel.logic.check.CheckReport;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.CaseloadQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code check}: the dossier check (T1–T13 and invalid input) of one dossier, or of the whole caseload for a team
 * lead, as text, JSON or CSV. Exit 0 when nothing is open, {@link ExitCode#FINDINGS_OPEN} when findings remain. It
 * prints household names and the findings' sentences, never a BSN; each checked dossier gets an audit row, as opening
 * it would. Not thread-safe.
 */
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format { text, json, csv }

    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @ArgGroup(exclusive = false, multiplicity = "0..1")
    private DossierOption dossier;

    @Option(names = "--archived", descriptionKey = "cli.check.option.archived")
    private boolean archived;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text", descriptionKey = "cli.check.option.format")
    private Format format;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        return CliSessions.run(vault, context, session -> {
            Map<UUID, String> names = new LinkedHashMap<>();
            for (CaseloadQuery.Row row : session.vault().caseload().search("", true, Integer.MAX_VALUE)) {
                if (dossier != null || archived || !row.archived()) {
                    names.put(row.dossierId(), row.householdName());
                }
            }
            List<UUID> ids = dossier == null ? List.copyOf(names.keySet()) : List.of(dossier.in(session));
            List<CheckReport> reports = ids.stream().map(id -> session.checker().check(id)).toList();
            CompletableFuture.allOf(ids.stream().map(id -> session.vault().audit()
                    .record("open", new RecordRef(RecordKind.FAMILY, id, id), "check", "ok"))
                    .toArray(CompletableFuture[]::new)).join();
            switch (format) {
                case json -> context.out().println(CheckOutput.json(reports, names, context.text()));
                case csv -> context.out().print(CheckOutput.csv(reports, names, context.text()));
                default -> {
                    reports.forEach(report -> context.out().print(CheckOutput.text(report, names.getOrDefault(report.dossierId(), ""),
                            context.text())));
                    context.say("cli.check.total", reports.size(), reports.stream().mapToInt(CheckReport::openCount).sum());
                }
            }
            boolean open = reports.stream().anyMatch(report -> report.openCount() > 0);
            return (open ? ExitCode.FINDINGS_OPEN : ExitCode.OK).code();
        });
    }
}
