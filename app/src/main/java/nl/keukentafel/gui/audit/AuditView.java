package nl.keukentafel.gui.audit;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.store.AuditLog;

/** The audit log as a table: when, who, device, what, which kind of record, which fields, result. FX thread only. */
public final class AuditView {
    /** Prefix of the action labels ("audit.action.open"); the actions are the store's words. */
    public static final String ACTION = "audit.action.";
    /** Prefix of the result labels ("audit.result.ok"). */
    public static final String RESULT = "audit.result.";
    /** Prefix of the sync rows' detail words ("audit.detail.applied"). */
    public static final String DETAIL = "audit.detail.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private final Localization localization;
    private final ZoneId zone;
    private final VBox root = new VBox(10);

    public AuditView(AuditViewModel model, Localization localization, ZoneId zone) {
        this.localization = localization;
        this.zone = zone;
        TableView<AuditLog.Entry> table = new TableView<>(model.entries());
        table.setId("auditTable");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("audit.column.time", 150, entry -> TIME.format(entry.at().atZone(zone))));
        table.getColumns().add(column("audit.column.actor", 150, AuditLog.Entry::actor));
        table.getColumns().add(column("audit.column.device", 130, AuditLog.Entry::device));
        table.getColumns().add(column("audit.column.action", 160, entry -> known(ACTION, entry.action())));
        table.getColumns().add(column("audit.column.kind", 110, entry -> entry.kind() == null
                ? "" : EnumLabels.label(localization, EnumLabels.RECORD_KIND, entry.kind())));
        table.getColumns().add(column("audit.column.fields", 260, entry -> fieldLabels(entry.detail())));
        table.getColumns().add(column("audit.column.result", 90, entry -> known(RESULT, entry.result())));
        Label empty = new Label(localization.get("audit.empty"));
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label intro = new Label(localization.get("audit.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty().map(text -> text.in(localization)).orElse(""));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root.getChildren().addAll(intro, error, table);
        root.setId("auditScreen");
    }

    private String known(String prefix, String code) {
        return code != null && localization.has(prefix + code) ? localization.get(prefix + code) : String.valueOf(code);
    }

    /**
     * Field names become their screen labels and the sync rows' words ("update applied", "new", "rebased") their
     * translation; the log itself never holds values.
     */
    private String fieldLabels(String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        return Arrays.stream(detail.strip().split("\\s+")).map(word -> Arrays.stream(word.split(",")).map(String::strip)
                .filter(name -> !name.isEmpty()).map(this::detailWord).collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" "));
    }

    private String detailWord(String word) {
        if (localization.has("field." + word)) {
            return localization.get("field." + word);
        }
        int equals = word.indexOf('=');
        String name = equals < 0 ? word : word.substring(0, equals);
        String key = DETAIL + name;
        if (!localization.has(key)) {
            return word;
        }
        return equals < 0 ? localization.get(key) : localization.get(key) + " " + word.substring(equals + 1);
    }

    private TableColumn<AuditLog.Entry, String> column(String key, double width, Function<AuditLog.Entry, String> value) {
        TableColumn<AuditLog.Entry, String> column = new TableColumn<>(localization.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    public Parent root() {
        return root;
    }
}
