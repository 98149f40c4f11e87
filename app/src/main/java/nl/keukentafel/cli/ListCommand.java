package nl.keukentafel.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.CaseloadQuery;
import nl.keukentafel.store.RecordMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code list}: the caseload with the dossier ids the other commands ask for (--dossier). It prints household names,
 * which is what the consultant asks for; each listed dossier gets an audit row, as opening it would. Not thread-safe.
 */
@Command(name = "list")
final class ListCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format { text, json }

    private final CliContext context;

    @Mixin
    private VaultOptions vault;

    @Option(names = "--archived", descriptionKey = "cli.list.option.archived")
    private boolean archived;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "cli.list.option.format")
    private Format format;

    ListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws CliFailure {
        return CliSessions.run(vault, context, session -> {
            List<CaseloadQuery.Row> rows = session.caseload().search("", archived);
            java.util.concurrent.CompletableFuture.allOf(rows.stream().map(row -> session.vault().audit()
                    .record("list", new RecordRef(RecordKind.FAMILY, row.dossierId(), row.dossierId()), "", "ok"))
                    .toArray(java.util.concurrent.CompletableFuture[]::new)).join();
            if (format == Format.json) {
                context.out().println(json(rows));
            } else {
                rows.forEach(row -> context.out().println(context.text().get("cli.list.row", row.dossierId(), row.householdName(),
                        row.memberCount(), row.archived() ? context.text().get("cli.list.archived") : "")));
                context.say("cli.list.count", rows.size());
            }
            return ExitCode.OK.code();
        });
    }

    private static String json(List<CaseloadQuery.Row> rows) {
        ArrayNode list = RecordMapper.json().createArrayNode();
        for (CaseloadQuery.Row row : rows) {
            ObjectNode item = list.addObject();
            item.put("dossierId", row.dossierId().toString());
            item.put("householdName", row.householdName());
            item.put("members", row.memberCount());
            item.put("nextVisit", row.nextVisit() == null ? null : row.nextVisit().toString());
            item.put("openPoints", row.openPoints());
            item.put("archived", row.archived());
        }
        return list.toPrettyString();
    }
}
