package nl.keukentafel.logic.search;

import java.util.Optional;
import nl.keukentafel.model.Text;

/**
 * Finds a folded needle in a text and cuts a short piece around the first match, mapping positions in the folded
 * text back to the text as typed (folding may drop accents or turn ß into ss, so positions differ). Stateless.
 */
final class Snippets {
    private static final String ELLIPSIS = "…";

    private Snippets() {
    }

    /** A piece of the typed text with the match at {@code start}, {@code length} characters long. */
    record Found(String text, int start, int length) {
    }

    static Optional<Found> find(String typed, String foldedNeedle, int context) {
        StringBuilder folded = new StringBuilder(typed.length());
        int[] origin = new int[typed.length() * 2 + 1];
        for (int index = 0; index < typed.length(); index++) {
            String piece = Text.searchable(String.valueOf(typed.charAt(index)));
            for (int offset = 0; offset < piece.length(); offset++) {
                if (folded.length() >= origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[folded.length()] = index;
                folded.append(piece.charAt(offset));
            }
        }
        int at = folded.indexOf(foldedNeedle);
        if (at < 0) {
            return Optional.empty();
        }
        int matchFrom = origin[at];
        int matchTo = origin[at + foldedNeedle.length() - 1] + 1;
        int from = Math.max(0, matchFrom - context);
        int to = Math.min(typed.length(), matchTo + context);
        String before = (from > 0 ? ELLIPSIS : "") + flatten(typed.substring(from, matchFrom));
        String match = flatten(typed.substring(matchFrom, matchTo));
        String after = flatten(typed.substring(matchTo, to)) + (to < typed.length() ? ELLIPSIS : "");
        return Optional.of(new Found(before + match + after, before.length(), match.length()));
    }

    /** Line breaks become spaces so a snippet is one line; the length stays the same. */
    private static String flatten(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
