package nl.keukentafel.gui.evaluation;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Closure;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Above a closed dossier: since when and why it is closed, what a colleague's sync brought after the closing (shown,
 * never silently applied or dropped), and "Heropenen" with a reason. Hidden while the dossier is open. FX thread only.
 */
final class ClosedBanner {
    private final Localization localization;
    private final Label title = new Label();
    private final Label arrived = new Label();
    private final VBox root;

    ClosedBanner(Localization localization, EvaluationViewModel model) {
        this.localization = localization;
        title.setId("closedTitle");
        title.setGraphic(Icons.of(Material2AL.LOCK));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        arrived.setId("arrivedAfterClosing");
        arrived.setWrapText(true);
        arrived.getStyleClass().add(Styles.WARNING);
        TextField reason = new TextField();
        reason.setId("reopenReason");
        reason.getStyleClass().add(Controls.STAYS_ENABLED);
        reason.setPromptText(localization.get("evalscreen.reopen.prompt"));
        reason.textProperty().bindBidirectional(model.reopenReasonProperty());
        reason.setOnAction(event -> model.reopen());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button reopen = new Button(localization.get("evalscreen.reopen"), Icons.of(Material2AL.LOCK_OPEN));
        reopen.setId("reopenButton");
        reopen.getStyleClass().add(Controls.STAYS_ENABLED);
        reopen.setOnAction(event -> model.reopen());
        HBox row = new HBox(10, reason, reopen);
        row.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, title, arrived, row);
        root.setId("closedBanner");
        root.getStyleClass().add("closed-banner");
        show(null);
    }

    VBox root() {
        return root;
    }

    TextField reasonField() {
        return (TextField) ((HBox) root.getChildren().get(2)).getChildren().get(0);
    }

    void show(PlanState state) {
        boolean closed = state != null && state.closed();
        root.setVisible(closed);
        root.setManaged(closed);
        if (!closed) {
            return;
        }
        Closure closure = state.closure().orElseThrow();
        String reason = closure.reason() == null ? "—" : EnumLabels.label(localization, closure.reason());
        title.setText(localization.get("evalscreen.closedOn", Text.isBlank(closure.closedOn()) ? "—" : closure.closedOn(), reason));
        List<RecordRef> after = state.arrivedAfterClosing();
        arrived.setVisible(!after.isEmpty());
        arrived.setManaged(!after.isEmpty());
        arrived.setText(after.isEmpty() ? "" : localization.get("evalscreen.arrivedAfterClosing", after.size(), after.stream()
                .map(ref -> localization.get(EnumLabels.RECORD_KIND + ref.kind().name())).distinct().collect(Collectors.joining(", "))));
    }
}
