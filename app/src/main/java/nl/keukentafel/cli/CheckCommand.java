package nl.keukentafel.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import nl.keukentafel.logic.check.CheckOutput;
import nl.keukentafel.logic.Preferences;
import nl.keukentafel.logic.check.CheckReport;
import nl.keukentafel.logic.check.CheckSettings;
import nl.keukentafel.logic.presets.PresetsFile;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.CaseloadQuery;
import nl.keukentafel.store.VaultLocation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code check}: the dossier check (T1–T13 and invalid input) of one dossier, or of the whole caseload for a team
 * lead, as text, JSON or CSV. Exit 0 when nothing is open, {@link ExitCode#FINDINGS_OPEN} when findings remain. It
 * prints household names and the findings' sentences, never a BSN; each checked dossier gets an audit row, as opening
 * it would. The terms (T3's safety term, the evaluation interval) are the consultant's Settings on this computer, with
 * the IT department's presets, as in the app; {@code --safety-term-weeks} overrides the safety term for one run.
 * Not thread-safe.
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

    @Option(names = "--safety-term-weeks", paramLabel = "WEEKS", descriptionKey = "cli.check.option.safetyTerm")
    private Integer safetyTermWeeks;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        CheckSettings settings = settings();
        return CliSessions.run(vault, context, session -> {
            session.checker().useSettings(settings);
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

    private CheckSettings settings() throws CliFailure {
        Preferences preferences = PresetsFile.load(PresetsFile.systemLocation())
                .effective(VaultLocation.applicationHome().resolve(Preferences.FILE_NAME));
        if (safetyTermWeeks == null) {
            return CheckSettings.from(preferences);
        }
        if (safetyTermWeeks < Preferences.MINIMUM_SAFETY_TERM_WEEKS || safetyTermWeeks > Preferences.MAXIMUM_SAFETY_TERM_WEEKS) {
            throw new CliFailure(ExitCode.USAGE, "cli.error.safetyTermRange", Preferences.MINIMUM_SAFETY_TERM_WEEKS,
                    Preferences.MAXIMUM_SAFETY_TERM_WEEKS);
        }
        return CheckSettings.from(preferences.withSafetyTermWeeks(safetyTermWeeks));
    }
}
