package nl.keukentafel.gui.evaluation;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.intake.safety.AssessmentPane;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.SafetyAssessment.Field;

/**
 * One child's safety at an evaluation, side by side: the first assessment and the previous one as they were (read
 * only), and the one made now in the intake's own form. No verdict is computed; the consultant compares.
 * FX thread only.
 */
final class ChildSafetyPane extends VBox {
    private final Localization localization;

    ChildSafetyPane(Localization localization, ChildSafety child, UUID evaluationId) {
        this.localization = localization;
        String key = "-" + evaluationId + "-" + child.child().id();
        setId("safety" + key);
        setSpacing(6);
        getStyleClass().add("evaluation-child");
        String name = Text.isBlank(child.child().fullName()) ? localization.get("dossier.unnamed") : child.child().fullName();
        Label title = new Label(child.age().map(age -> localization.get("safetyScreen.childWithAge", name, age)).orElse(name));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        HBox columns = new HBox(12);
        // each column as tall as its own content: a short start summary should not become a tall grey bar
        columns.setFillHeight(false);
        columns.getChildren().add(summary("safetyFirst" + key, "evalscreen.safety.first", child.first()));
        if (child.previous().isPresent()) {
            columns.getChildren().add(summary("safetyPrevious" + key, "evalscreen.safety.previous", child.previous()));
        }
        if (child.now().isPresent()) {
            AssessmentPane now = new AssessmentPane(localization, child.now().get());
            now.setExpanded(true);
            HBox.setHgrow(now, Priority.ALWAYS);
            now.setMinWidth(420);
            columns.getChildren().add(now);
        } else {
            Label none = new Label(localization.get("evalscreen.safety.noneNow"));
            none.getStyleClass().add(Styles.WARNING);
            none.setWrapText(true);
            columns.getChildren().add(none);
        }
        getChildren().addAll(title, columns);
    }

    private VBox summary(String id, String titleKey, Optional<SafetyAssessment> shown) {
        VBox box = new VBox(4);
        box.setId(id);
        box.getStyleClass().add("safety-summary");
        box.setPrefWidth(230);
        box.setMinWidth(180);
        if (shown.isEmpty()) {
            box.getChildren().addAll(bold(localization.get(titleKey, "—")), Controls.muted(localization.get("safetyScreen.none")));
            return box;
        }
        SafetyAssessment assessment = shown.get();
        box.getChildren().add(bold(localization.get(titleKey, Text.isBlank(assessment.assessedOn()) ? "—" : assessment.assessedOn())));
        line(box, Field.INSTRUMENT, assessment.instrument() == null ? null : EnumLabels.label(localization, assessment.instrument()));
        line(box, Field.CURRENT_SAFETY, assessment.currentSafety() == null ? null
                : EnumLabels.label(localization, assessment.currentSafety()));
        line(box, Field.FUTURE_RISK, assessment.futureRisk() == null ? null : EnumLabels.label(localization, assessment.futureRisk()));
        line(box, Field.CURRENT_SAFETY_NOTE, assessment.currentSafetyNote());
        line(box, Field.SIGNALS, assessment.signals());
        line(box, Field.RISK_FACTORS, assessment.riskFactors());
        line(box, Field.PROTECTIVE_FACTORS, assessment.protectiveFactors());
        line(box, Field.REASONING, assessment.reasoning());
        return box;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setWrapText(true);
        return label;
    }

    private void line(VBox box, String field, String value) {
        if (Text.isBlank(value)) {
            return;
        }
        Label caption = new Label(localization.get("field." + field));
        caption.getStyleClass().add("field-label");
        Label text = new Label(value.strip());
        text.setWrapText(true);
        box.getChildren().addAll(caption, text);
    }
}
