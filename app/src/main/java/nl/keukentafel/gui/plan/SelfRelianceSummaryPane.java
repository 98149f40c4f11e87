package nl.keukentafel.gui.plan;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.Intake;

/**
 * The self-reliance the intake recorded (what the family and its network can do, the help needed, the scored life
 * domains), shown beside the analysis and never retyped: changing it means changing the intake. FX thread only.
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
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getColumnConstraints().setAll(PlanLayout.columns(33.3, 33.3, 33.4));
        grid.addRow(0, caption("planscreen.selfReliance.familyCan"), caption("planscreen.selfReliance.networkCan"),
                caption("planscreen.selfReliance.helpNeeded"));
        grid.addRow(1, familyCan, networkCan, helpNeeded);
        scores.setId("planSelfRelianceScores");
        Label title = new Label(localization.get("planscreen.selfReliance.title"));
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
        Intake read = intake.intake().get();
        familyCan.setText(orDash(read.familyCan()));
        networkCan.setText(orDash(read.networkCan()));
        helpNeeded.setText(orDash(read.helpNeeded()));
        List<Label> scored = intake.domains().stream().filter(entry -> entry.score() != null)
                .map(entry -> scoreLabel(read.domainList(), entry, intake)).toList();
        scores.getChildren().setAll(scored.isEmpty()
                ? List.of(PlanForms.hint(localization, "planscreen.selfReliance.noScores")) : scored);
    }

    private Label scoreLabel(DomainList list, DomainEntry entry, IntakeState intake) {
        String domain = PlanDomains.label(list, entry.domainCode());
        String who = entry.memberIds().isEmpty() ? localization.get("planscreen.wholeFamily")
                : entry.memberIds().stream().map(id -> intake.dossier().members().stream().filter(member -> member.id().equals(id))
                        .findFirst().map(PlanPeople::name).orElse("?")).collect(Collectors.joining(", "));
        String level = list.levels().stream().filter(step -> step.score() == entry.score()).findFirst()
                .map(DomainList.ScoreLevel::label).orElse("");
        Label label = new Label(localization.get("planscreen.selfReliance.score", domain, who, entry.score(), level));
        label.getStyleClass().addAll("plan-score", entry.score() <= 2 ? Styles.DANGER : entry.score() == 3 ? Styles.WARNING
                : Styles.SUCCESS);
        return label;
    }

    private String orDash(String text) {
        return text == null || text.isBlank() ? localization.get("planscreen.selfReliance.empty") : text;
    }
}
