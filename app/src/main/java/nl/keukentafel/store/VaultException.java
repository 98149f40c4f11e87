package nl.keukentafel.store;

/**
 * Why a vault could not be created, opened or changed. The message carries the reason code and ids only,
 * never a name or a passphrase; the UI shows the Dutch text for {@link #reason()}.
 */
public final class VaultException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Each reason has a Dutch explanation under {@code vault.error.<code>} in the i18n bundle. */
    public enum Reason {
        WRONG_PASSPHRASE("wrongPassphrase"),
        NOT_FOUND("notFound"),
        ALREADY_EXISTS("alreadyExists"),
        KEY_FILE_UNREADABLE("keyFileUnreadable"),
        KEY_FILE_MISSING("keyFileMissing"),
        DATABASE_UNREADABLE("databaseUnreadable"),
        DISK_FULL("diskFull"),
        IO("io");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String messageKey() {
            return "vault.error." + code;
        }
    }

    private final Reason reason;

    public VaultException(Reason reason, String context, Throwable cause) {
        super(reason + ": " + context, cause);
        this.reason = reason;
    }

    public VaultException(Reason reason, String context) {
        this(reason, context, null);
    }

    public Reason reason() {
        return reason;
    }
}
