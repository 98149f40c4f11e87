package nl.keukentafel.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.StringJoiner;

/** Small text helpers shared by the domain. Stateless and thread-safe. */
public final class Text {
    private Text() {
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public static String joinNonBlank(String separator, String... parts) {
        StringJoiner joiner = new StringJoiner(separator);
        for (String part : parts) {
            if (!isBlank(part)) {
                joiner.add(part.strip());
            }
        }
        return joiner.toString();
    }

    /** Lower case without diacritics, so "Özil" is found by "ozil" and "Ëlla" by "ella". */
    public static String searchable(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
