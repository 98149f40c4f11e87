package nl.keukentafel.logic.print;

/**
 * A document that cannot be made from this dossier (no werkplan, no evaluation, not closed): a message key of
 * {@code i18n/print*.properties}; the message holds the key only, never a name. Immutable.
 */
public final class PrintRefusal extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;

    public PrintRefusal(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
