package nl.keukentafel.gui.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.PlanSnapshot;

/**
 * The analysis: the integral problem analysis, what goes well, the family's own desired perspective and, where a
 * member sees it differently, theirs; beside it the self-reliance from the intake, shown and never retyped.
 * FX thread only.
 */
final class AnalysisSection implements PlanSection {
    private final Localization localization;
    private final PlanFields fields;
    private final VBox root = new VBox(10);
    private final SelfRelianceSummaryPane selfReliance;
    private final Map<String, String> memberPerspectives = new LinkedHashMap<>();
    private final Map<String, AutosavedText> memberTexts = new LinkedHashMap<>();
    private final VBox memberBox = new VBox(6);
    private AutosavedText analysis;
    private AutosavedText goesWell;
    private AutosavedText perspective;
    private TextArea first;

    AnalysisSection(Localization localization, PlanViewModel model, boolean editable) {
        this.localization = localization;
        this.fields = new PlanFields(PlanIds.plan(model.dossierId()), model, editable);
        this.selfReliance = new SelfRelianceSummaryPane(localization);
        root.getStyleClass().add("plan-section");
        root.setId("planAnalysis");
    }

    private void build(Plan plan, List<Member> members) {
        analysis = fields.text(Plan.Field.PROBLEM_ANALYSIS, plan.problemAnalysis());
        goesWell = fields.text(Plan.Field.GOES_WELL, plan.goesWell());
        perspective = fields.text(Plan.Field.PERSPECTIVE, plan.perspective());
        first = PlanForms.area("planProblemAnalysis", analysis, 4, fields.editable());
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        grid.getColumnConstraints().setAll(PlanLayout.columns(50, 50));
        grid.add(PlanForms.labelled(localization, "planscreen.analysis.problem", first), 0, 0, 1, 2);
        grid.add(PlanForms.labelled(localization, "planscreen.analysis.goesWell",
                PlanForms.area("planGoesWell", goesWell, 3, fields.editable())), 1, 0);
        grid.add(PlanForms.labelled(localization, "planscreen.analysis.perspective",
                PlanForms.area("planPerspective", perspective, 3, fields.editable())), 1, 1);
        memberPerspectives.putAll(plan.memberPerspectives());
        GridPane memberGrid = new GridPane();
        memberGrid.setHgap(16);
        memberGrid.setVgap(8);
        memberGrid.getColumnConstraints().setAll(PlanLayout.columns(50, 50));
        memberBox.getChildren().setAll(PlanForms.hint(localization, "planscreen.analysis.memberPerspectives"), memberGrid);
        int place = 0;
        for (Member member : members) {
            String key = member.id().toString();
            AutosavedText text = new AutosavedText(plan.memberPerspectives().get(key), typed -> {
                memberPerspectives.put(key, typed);
                fields.save(Plan.Field.MEMBER_PERSPECTIVES, new LinkedHashMap<>(memberPerspectives));
            });
            memberTexts.put(key, text);
            memberGrid.add(PlanForms.labelledText(
                    localization.get("planscreen.analysis.memberPerspective", PlanPeople.name(member)),
                    PlanForms.field("planMemberPerspective-" + PlanPeople.name(member), text, fields.editable())), place % 2, place / 2);
            place++;
        }
        root.getChildren().setAll(PlanForms.heading(localization, "planscreen.analysis.title"), grid, selfReliance.root(),
                memberBox);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(PlanViewModel.Reading reading, PlanSnapshot shown) {
        Plan plan = shown.plan();
        if (plan == null) {
            return;
        }
        if (analysis == null) {
            build(plan, reading.plan().dossier().members());
        } else {
            analysis.showStored(plan.problemAnalysis());
            goesWell.showStored(plan.goesWell());
            perspective.showStored(plan.perspective());
            plan.memberPerspectives().forEach((key, value) -> {
                AutosavedText text = memberTexts.get(key);
                if (text != null && !text.editingProperty().get()) {
                    memberPerspectives.put(key, value);
                    text.showStored(value);
                }
            });
        }
        selfReliance.show(reading.intake());
    }

    Optional<Node> firstField() {
        return Optional.ofNullable(first);
    }

    @Override
    public Optional<Node> editorOf(RecordRef ref) {
        return ref.kind() == RecordKind.PLAN && first != null ? Optional.of(first) : Optional.empty();
    }
}
