package nl.keukentafel.logic.genogram.draw;

import java.util.Objects;
import java.util.function.Function;
import nl.keukentafel.model.genogram.GenderSymbol;

/**
 * How to draw: {@code text} turns a label key ({@code genogram.legend.male}, {@code unionEventType.MARRIED}…) into
 * the user's language, so logic needs no i18n; the symbols for other and unknown gender; whether to add the legend.
 * Immutable.
 */
public record GenogramDrawOptions(Function<String, String> text, GenderSymbol otherSymbol, GenderSymbol unknownSymbol,
                                  boolean legend) {
    public GenogramDrawOptions {
        Objects.requireNonNull(text, "text");
        otherSymbol = otherSymbol == null ? GenderSymbol.DIAMOND : otherSymbol;
        unknownSymbol = unknownSymbol == null ? GenderSymbol.QUESTION_MARK : unknownSymbol;
    }

    /** Diamond for other, question mark for unknown, with a legend. */
    public static GenogramDrawOptions of(Function<String, String> text) {
        return new GenogramDrawOptions(text, GenderSymbol.DIAMOND, GenderSymbol.QUESTION_MARK, true);
    }
}
