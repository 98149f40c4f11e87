package nl.keukentafel.store;

import nl.keukentafel.model.RecordRef;

/**
 * A write refused because its record is an agreed (frozen) plan version or its dossier is closed (ADR 0005). Never
 * retried: the screens show it in Dutch, the command line exits with "import refused". The message holds ids only.
 */
public final class ReadOnlyRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the record cannot change. */
    public enum Reason { FROZEN, DOSSIER_CLOSED }

    private final Reason reason;

    public ReadOnlyRecordException(Reason reason, RecordRef ref) {
        super((reason == Reason.FROZEN ? "frozen record " : "closed dossier, record ") + ref + " of dossier " + ref.dossierId());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The refusal inside a failed future's chain, if that is why it failed. */
    public static java.util.Optional<ReadOnlyRecordException> in(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof ReadOnlyRecordException readOnly) {
                return java.util.Optional.of(readOnly);
            }
        }
        return java.util.Optional.empty();
    }
}
