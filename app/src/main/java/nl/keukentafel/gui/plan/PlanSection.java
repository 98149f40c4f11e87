package nl.keukentafel.gui.plan;

import java.util.Optional;
import javafx.scene.Node;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.PlanSnapshot;

/**
 * One part of the werkplan screen (analysis, goals, coordination, referrals). The view stacks them and hands each
 * the plan shown after every read: a field being typed in keeps its text. FX thread only.
 */
interface PlanSection {
    Node root();

    /** Shows {@code shown} (the draft or an agreed version) of the dossier and intake in {@code reading}. */
    void show(PlanViewModel.Reading reading, PlanSnapshot shown);

    /** The first control of a record just added, for the keyboard; empty when this section does not hold it. */
    default Optional<Node> editorOf(RecordRef ref) {
        return Optional.empty();
    }

    /** The control of {@code field} of the record (the dossier check's jump); the record's first control when not told apart. */
    default Optional<Node> editorOf(RecordRef ref, String field) {
        return editorOf(ref);
    }
}
