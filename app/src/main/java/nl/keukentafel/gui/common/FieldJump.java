package nl.keukentafel.gui.common;

import nl.keukentafel.model.RecordRef;

/**
 * A screen that can put the keyboard on the control editing one field of one record: the dossier check's "Enter on a
 * finding" and the dossier search land there. {@code field} may be a pseudo-field starting with {@code +} (a record
 * still to add: the screen focuses the button that adds it). FX thread only.
 */
public interface FieldJump {
    /**
     * Focuses the editor of {@code field} of {@code ref} (scrolling it into view), now or as soon as the screen has
     * read its records. False when this screen has no such control.
     */
    boolean jumpTo(RecordRef ref, String field);
}
