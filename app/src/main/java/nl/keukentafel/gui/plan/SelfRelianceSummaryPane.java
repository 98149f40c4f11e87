package nl.keukentafel.gui.plan;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.plan.SelfRelianceSummary;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The self-reliance the intake recorded (what the family and its network can do, the help needed, the scored life
 * domains: the logic's {@link SelfRelianceSummary}), shown beside the analysis and never retyped: changing it means
 * changing the intake. FX thread only.
 */
final class SelfRelianceSummaryPane {
    private final Localization localization;
    private final VBox root = new VBox(6);
    private final Label familyCan = value("planSelfRelianceFamily");
    private final Label networkCan = value("planSelfRelianceNetwork");
    private final Label helpNeeded = value("planSelfRelianceHelp");
    private final FlowPane scores = new FlowPane(8, 6);
    private IntakeState shown;

    SelfRelianceSummaryPane(Localization localization) {
        this.localization = localization;
        root.setId("planSelfReliance");
        root.getStyleClass().add("plan-summary");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.getColumnConstraints().setAll(PlanLayout.columns(33.3, 33.3, 33.4));
        grid.addRow(0, caption("planscreen.selfReliance.familyCan"), caption("planscreen.selfReliance.networkCan"),
                caption("planscreen.selfReliance.helpNeeded"));
        grid.addRow(1, familyCan, networkCan, helpNeeded);
        scores.setId("planSelfRelianceScores");
        Label title = new Label(localization.get("planscreen.selfReliance.title"), Icons.of(Material2AL.LOCK));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        root.getChildren().setAll(title, PlanForms.hint(localization, "planscreen.selfReliance.hint"), grid, scores);
    }

    private static Label value(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    private Label caption(String key) {
        Label label = new Label(localization.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    Node root() {
        return root;
    }

    void show(IntakeState intake) {
        if (intake == shown) {
            return;
        }
        shown = intake;
        if (intake == null || intake.intake().isEmpty()) {
            familyCan.setText(localization.get("planscreen.selfReliance.noIntake"));
            networkCan.setText("");
            helpNeeded.setText("");
            scores.getChildren().clear();
            return;
        }
        SelfRelianceSummary summary = SelfRelianceSummary.of(intake);
        familyCan.setText(orDash(summary.familyCan()));
        networkCan.setText(orDash(summary.networkCan()));
        helpNeeded.setText(orDash(summary.helpNeeded()));
        List<Label> scored = summary.domains().stream().map(domain -> scoreLabel(domain, intake)).toList();
        scores.getChildren().setAll(scored.isEmpty()
                ? List.of(PlanForms.hint(localization, "planscreen.selfReliance.noScores")) : scored);
    }

    private Label scoreLabel(SelfRelianceSummary.ScoredDomain domain, IntakeState intake) {
        String who = domain.memberIds().isEmpty() ? localization.get("planscreen.wholeFamily")
                : domain.memberIds().stream().map(id -> intake.dossier().members().stream().filter(member -> member.id().equals(id))
                        .findFirst().map(PlanPeople::name).orElse("?")).collect(Collectors.joining(", "));
        Label label = new Label(localization.get("planscreen.selfReliance.score", domain.label(), who, domain.score(),
                domain.scoreLabel() == null ? "" : domain.scoreLabel()));
        label.getStyleClass().addAll("plan-score", domain.score() <= 2 ? "plan-score-low" : domain.score() == 3 ? "plan-score-mid"
                : "plan-score-high");
        return label;
    }

    private String orDash(String text) {
        return text == null || text.isBlank() ? localization.get("planscreen.selfReliance.empty") : text;
    }
}
