package nl.keukentafel.logic.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.store.RecordMapper;

/**
 * The check's reports as text, JSON or CSV, for the command line and a team lead's tooling. JSON and CSV are stable:
 * fields are only ever added. Household names and the findings' sentences (which name members) are printed, as the
 * {@code list} command prints names; never a BSN or any other typed value (a finding names the field, not its value).
 * Stateless.
 */
public final class CheckOutput {
    /** The JSON's format name and version. */
    public static final String FORMAT = "keukentafel-check";
    public static final int VERSION = 1;
    static final String CSV_HEADER = "dossierId,householdName,criterion,status,key,recordKind,recordId,field,message,reason";

    private CheckOutput() {
    }

    /** The reports as one JSON document; {@code names} are the household names by dossier id. */
    public static String json(List<CheckReport> reports, Map<UUID, String> names, Localization text) {
        ObjectNode root = RecordMapper.json().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("checkedOn", reports.isEmpty() ? null : reports.get(0).on().toString());
        root.put("openTotal", reports.stream().mapToInt(CheckReport::openCount).sum());
        ArrayNode dossiers = root.putArray("dossiers");
        for (CheckReport report : reports) {
            ObjectNode dossier = dossiers.addObject();
            dossier.put("dossierId", report.dossierId().toString());
            dossier.put("householdName", names.getOrDefault(report.dossierId(), ""));
            dossier.put("openCount", report.openCount());
            dossier.put("worst", report.worst().map(Criterion::name).orElse(null));
            ArrayNode criteria = dossier.putArray("criteria");
            for (CriterionResult result : report.results()) {
                ObjectNode criterion = criteria.addObject();
                criterion.put("criterion", result.criterion().name());
                criterion.put("label", text.get(result.criterion().labelKey()));
                criterion.put("verdict", result.verdict().name());
                ArrayNode open = criterion.putArray("open");
                result.open().forEach(finding -> finding(open.addObject(), finding, text));
                ArrayNode waived = criterion.putArray("waived");
                for (WaivedFinding exception : result.waived()) {
                    ObjectNode node = finding(waived.addObject(), exception.finding(), text);
                    node.put("reason", exception.waiver().reason());
                    node.put("recordedBy", exception.waiver().recordedBy());
                    node.put("recordedOn", exception.waiver().recordedOn());
                }
            }
        }
        return root.toPrettyString();
    }

    private static ObjectNode finding(ObjectNode node, Finding finding, Localization text) {
        node.put("key", finding.key());
        node.put("messageKey", finding.messageKey());
        node.put("message", message(finding, text));
        node.put("recordKind", finding.target().kind().code());
        node.put("recordId", finding.target().id().toString());
        node.put("field", finding.field());
        return node;
    }

    /** One line per finding, open and waived, under a header; RFC 4180 quoting. */
    public static String csv(List<CheckReport> reports, Map<UUID, String> names, Localization text) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        for (CheckReport report : reports) {
            String name = names.getOrDefault(report.dossierId(), "");
            for (CriterionResult result : report.results()) {
                for (Finding finding : result.open()) {
                    row(csv, report.dossierId(), name, finding, "open", "", text);
                }
                for (WaivedFinding exception : result.waived()) {
                    row(csv, report.dossierId(), name, exception.finding(), "waived", exception.waiver().reason(), text);
                }
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, UUID dossierId, String name, Finding finding, String status, String reason,
                            Localization text) {
        List<String> cells = List.of(dossierId.toString(), name, finding.criterion().name(), status, finding.key(),
                finding.target().kind().code(), finding.target().id().toString(), finding.field() == null ? "" : finding.field(),
                message(finding, text), reason);
        csv.append(String.join(",", cells.stream().map(CheckOutput::cell).toList())).append("\r\n");
    }

    static String cell(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        // a cell starting like a formula would run in a spreadsheet: keep it text
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** The finding's sentence in the user's language. */
    public static String message(Finding finding, Localization text) {
        return text.get(finding.messageKey(), finding.arguments().toArray());
    }

    /** The report as text: a heading per dossier, then the open findings and the exceptions under their criterion. */
    public static String text(CheckReport report, String name, Localization text) {
        StringBuilder out = new StringBuilder();
        out.append(text.get("check.output.dossier", report.dossierId(), name, report.openCount())).append('\n');
        for (CriterionResult result : report.results()) {
            if (result.open().isEmpty() && result.waived().isEmpty()) {
                continue;
            }
            out.append("  ").append(text.get(result.criterion().labelKey())).append('\n');
            for (Finding finding : result.open()) {
                out.append("    - ").append(message(finding, text)).append('\n');
            }
            for (WaivedFinding exception : result.waived()) {
                out.append("    = ").append(text.get("check.output.waived", message(exception.finding(), text),
                        exception.waiver().reason())).append('\n');
            }
        }
        return out.toString();
    }
}
