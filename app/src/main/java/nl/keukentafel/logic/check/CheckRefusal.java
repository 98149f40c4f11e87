package nl.keukentafel.logic.check;

import java.util.List;
import java.util.Optional;
import nl.keukentafel.i18n.Localization;

/**
 * The check's use case said no (an exception without a reason): nothing was written. The sentence is a message key of
 * {@code i18n/check.properties}; {@link #getMessage()} holds only the key (it may end up in a log). Immutable.
 */
public final class CheckRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public CheckRefusal(String messageKey, Object... arguments) {
        super("check refused: " + messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The sentence in the user's language. */
    public String text(Localization text) {
        return text.get(messageKey, arguments.toArray());
    }

    /** The refusal inside a failed future's exception, if that is what it is. */
    public static Optional<CheckRefusal> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CheckRefusal refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }
}
