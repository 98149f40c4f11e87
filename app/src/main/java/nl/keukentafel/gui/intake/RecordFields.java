package nl.keukentafel.gui.intake;

import java.util.Optional;
import java.util.function.Function;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.model.Problem;
import nl.keukentafel.model.RecordRef;

/**
 * Makes the autosaved fields of one intake record: every change goes to {@link IntakeService#edit} at once (the
 * autosaver coalesces). Enum choices are stored by name, as the dossier does. FX thread only.
 */
final class RecordFields {
    private final RecordRef ref;
    private final IntakeService service;

    RecordFields(RecordRef ref, IntakeService service) {
        this.ref = ref;
        this.service = service;
    }

    RecordRef ref() {
        return ref;
    }

    AutosavedText text(String field, String initial) {
        return text(field, initial, typed -> Optional.empty());
    }

    AutosavedText text(String field, String initial, Function<String, Optional<Problem>> check) {
        return new AutosavedText(initial, check, typed -> service.edit(ref, field, typed));
    }

    <E extends Enum<E>> AutosavedChoice<E> choice(String field, E initial) {
        return new AutosavedChoice<>(initial, chosen -> service.edit(ref, field, chosen.name()));
    }

    /** Any other value (a number, a list of ids) as it is. */
    void save(String field, Object value) {
        service.edit(ref, field, value);
    }
}
