package nl.keukentafel.sync.server.db;

/** A database failure; the message carries the SQL state and ids only, never values. Immutable. */
public final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
