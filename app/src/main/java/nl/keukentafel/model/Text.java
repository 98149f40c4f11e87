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

    /**
     * Lower case without diacritics, so "Özil" is found by "ozil" and "Ëlla" by "ella". Letters that Unicode
     * does not decompose (Polish ł, Scandinavian ø and æ, German ß, Turkish ı, South Slavic đ) are spelled out
     * as people type them on a Dutch keyboard.
     */
    public static String searchable(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        String lower = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (int index = 0; index < lower.length(); index++) {
            char character = lower.charAt(index);
            switch (character) {
                case 'ł' -> folded.append('l');
                case 'ø' -> folded.append('o');
                case 'đ' -> folded.append('d');
                case 'ı' -> folded.append('i');
                case 'ß' -> folded.append("ss");
                case 'æ' -> folded.append("ae");
                case 'œ' -> folded.append("oe");
                default -> folded.append(character);
            }
        }
        return folded.toString();
    }
}
