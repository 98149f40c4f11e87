package nl.keukentafel.gui.intake;

import java.util.Optional;
import java.util.function.Function;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.model.Problem;
import nl.keukentafel.model.RecordRef;

/**
 * Makes the autosaved fields of one intake record: every change goes to {@code IntakeService.edit} at once (the
 * autosaver coalesces). Enum choices are stored by name, as the dossier does. FX thread only.
 */
final class RecordFields {
    private final RecordRef ref;
    private final IntakeViewModel model;

    RecordFields(RecordRef ref, IntakeViewModel model) {
        this.ref = ref;
        this.model = model;
    }

    RecordRef ref() {
        return ref;
    }

    AutosavedText text(String field, String initial) {
        return text(field, initial, typed -> Optional.empty());
    }

    AutosavedText text(String field, String initial, Function<String, Optional<Problem>> check) {
        return new AutosavedText(initial, check, typed -> save(field, typed));
    }

    <E extends Enum<E>> AutosavedChoice<E> choice(String field, E initial) {
        return new AutosavedChoice<>(initial, chosen -> save(field, chosen.name()));
    }

    /** Any value (text, enum name, number, list of ids) as it is; the open items follow once the typing pauses. */
    void save(String field, Object value) {
        model.service().edit(ref, field, value);
        model.refreshSoon();
    }
}
