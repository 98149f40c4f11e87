package nl.keukentafel.model;

/** Every kind of record the vault holds. The wire and storage name is {@link #code()}. */
public enum RecordKind {
    FAMILY("family"),
    MEMBER("member"),
    CONTACT("contact");

    private final String code;

    RecordKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static RecordKind fromCode(String code) {
        for (RecordKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown record kind: " + code);
    }
}
