package nl.keukentafel.model;

/**
 * What is wrong with a typed value. The UI turns the code into a Dutch sentence through the i18n bundle
 * (key {@code problem.<code>}); the value itself is kept as typed.
 */
public enum Problem {
    BSN_ELEVEN_CHECK("bsn"),
    DATE_FORMAT("date.format"),
    BIRTH_DATE_FORMAT("birthdate.format"),
    DATE_IN_FUTURE("date.future"),
    EMAIL_FORMAT("email"),
    PHONE_FORMAT("phone"),
    POSTAL_CODE_FORMAT("postalcode");

    private final String key;

    Problem(String key) {
        this.key = key;
    }

    /** The i18n key of the Dutch explanation. */
    public String messageKey() {
        return "problem." + key;
    }
}
