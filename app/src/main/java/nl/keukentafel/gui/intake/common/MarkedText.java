package nl.keukentafel.gui.intake.common;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.common.UiText;

/**
 * An autosaved text whose check needs more than the value itself (another field, a member's birth date), so its
 * message is a {@link UiText} with arguments. The value is always kept as typed; the message only marks it.
 * FX thread only.
 */
public final class MarkedText {
    private final AutosavedText text;
    private final Function<String, Optional<UiText>> check;
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>();

    public MarkedText(String initial, Function<String, Optional<UiText>> check, Consumer<String> save) {
        this.text = new AutosavedText(initial, save);
        this.check = check;
        text.textProperty().addListener((observable, old, typed) -> recheck());
        recheck();
    }

    /** Checks again, e.g. after a field this check depends on changed. */
    public void recheck() {
        message.set(check.apply(text.text()).orElse(null));
    }

    public AutosavedText text() {
        return text;
    }

    /** What is wrong with the value as typed; null when nothing is. */
    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
