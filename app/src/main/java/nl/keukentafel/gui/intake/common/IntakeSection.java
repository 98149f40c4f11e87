package nl.keukentafel.gui.intake.common;

import java.util.Optional;
import javafx.scene.Node;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.RecordRef;

/**
 * One part of the intake screen (members, domains, safety, Meldcode, consent…). The intake view stacks its sections,
 * hands each the state after every read, and asks them for the control of a field to jump to. FX thread only.
 */
public interface IntakeSection {
    Node root();

    /** Shows the intake as stored now; a field being typed in keeps its text (see AutosavedText#showStored). */
    void show(IntakeState state);

    /**
     * The control that edits {@code field} of {@code ref} (or an {@link nl.keukentafel.logic.intake.OpenItem} pseudo
     * field), when this section has it; empty otherwise.
     */
    Optional<Node> editorOf(RecordRef ref, String field);
}
