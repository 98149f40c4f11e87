package nl.keukentafel.gui.plan;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.plan.PlanProblem;
import nl.keukentafel.model.RecordRef;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Where the plan's problems (PlanChecks: an action due before the plan started, a stopped goal without a reason…)
 * are shown: under the field they are about, in Dutch, the typed value kept. Rows register a label per field; a
 * problem no row shows (its row is folded) is handed back for the list at the top. FX thread only.
 */
final class ProblemLabels {
    private record Key(java.util.UUID id, String field) {
    }

    private final Localization localization;
    private final Map<Key, Label> labels = new HashMap<>();

    ProblemLabels(Localization localization) {
        this.localization = localization;
    }

    /** A label under {@code field} of {@code ref}: empty and hidden until a problem is about it. */
    Label label(RecordRef ref, String field) {
        Label label = new Label(null, Icons.of(Material2AL.ERROR_OUTLINE));
        label.getStyleClass().addAll("field-problem", "plan-problem", Styles.WARNING);
        label.setWrapText(true);
        label.managedProperty().bind(label.visibleProperty());
        label.setVisible(false);
        labels.put(new Key(ref.id(), field), label);
        return label;
    }

    /** Shows each problem under its field; returns those without a field on screen. */
    List<PlanProblem> show(List<PlanProblem> problems) {
        Map<Key, List<String>> texts = new HashMap<>();
        List<PlanProblem> elsewhere = new ArrayList<>();
        for (PlanProblem problem : problems) {
            Key key = new Key(problem.target().id(), problem.field());
            Label label = labels.get(key);
            if (label == null) {
                elsewhere.add(problem);
            } else {
                texts.computeIfAbsent(key, any -> new ArrayList<>()).add(problem.text(localization));
            }
        }
        labels.forEach((key, label) -> {
            List<String> lines = texts.get(key);
            label.setText(lines == null ? "" : String.join("\n", lines));
            label.setVisible(lines != null);
        });
        return elsewhere;
    }
}
