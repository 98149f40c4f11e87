package nl.keukentafel.gui.plan;

import java.util.Optional;
import java.util.function.Function;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Problem;
import nl.keukentafel.model.RecordRef;

/**
 * Makes the autosaved fields of one plan record: every change goes to {@link PlanViewModel#edit} (and from there to
 * {@code PlanService.edit}). A field of an agreed version or a closed dossier saves nothing. FX thread only.
 */
final class PlanFields {
    private final RecordRef ref;
    private final PlanViewModel model;
    private final boolean editable;
    private final ProblemLabels problems;

    PlanFields(RecordRef ref, PlanViewModel model, boolean editable) {
        this(ref, model, editable, null);
    }

    PlanFields(RecordRef ref, PlanViewModel model, boolean editable, ProblemLabels problems) {
        this.ref = ref;
        this.model = model;
        this.editable = editable;
        this.problems = problems;
    }

    /** The label under {@code field} where the plan's checks explain what is wrong with it. */
    javafx.scene.control.Label problem(String field) {
        return problems == null ? new javafx.scene.control.Label() : problems.label(ref, field);
    }

    ProblemLabels problems() {
        return problems;
    }

    RecordRef ref() {
        return ref;
    }

    boolean editable() {
        return editable;
    }

    AutosavedText text(String field, String initial) {
        return text(field, initial, typed -> Optional.empty());
    }

    /** A date as typed (dd-mm-jjjj): an unreadable one is kept and explained, never refused. */
    AutosavedText date(String field, String initial) {
        return text(field, initial, FieldCheck::date);
    }

    AutosavedText text(String field, String initial, Function<String, Optional<Problem>> check) {
        return new AutosavedText(initial, check, typed -> save(field, typed));
    }

    <E extends Enum<E>> AutosavedChoice<E> choice(String field, E initial) {
        return new AutosavedChoice<>(initial, chosen -> save(field, chosen.name()));
    }

    void save(String field, Object value) {
        if (editable) {
            model.edit(ref, field, value);
        }
    }
}
