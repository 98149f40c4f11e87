package nl.keukentafel.store;

/**
 * A read or write of the vault failed. The message names the operation and record ids only
 * ("could not save member 0190… of dossier 0190…"), never personal data.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean diskFull;

    public StoreException(String context, Throwable cause) {
        super(context, cause);
        this.diskFull = isDiskFull(cause);
    }

    /** True when SQLite reported a full disk: the UI says so and the edit is retried. */
    public boolean diskFull() {
        return diskFull;
    }

    private static boolean isDiskFull(Throwable cause) {
        for (Throwable current = cause; current != null; current = current.getCause()) {
            String message = current.getMessage();
            if (message != null && (message.contains("SQLITE_FULL") || message.contains("No space left"))) {
                return true;
            }
        }
        return false;
    }
}
