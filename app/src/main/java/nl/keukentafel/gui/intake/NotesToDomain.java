package nl.keukentafel.gui.intake;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.intake.DomainList;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * "Attach notes to a domain later": the selected text of the conversation notes (or the line the caret is on) is
 * added to the notes of a life domain picked from a menu (Ctrl+Shift+D). The conversation notes keep it. FX thread only.
 */
final class NotesToDomain {
    static final KeyCombination ATTACH = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final Localization localization;
    private final TextArea notes;
    private final BiConsumer<String, String> append;
    private final ContextMenu menu = new ContextMenu();
    private final Button button;
    private List<DomainList.DomainDefinition> domains = List.of();

    NotesToDomain(Localization localization, TextArea notes, BiConsumer<String, String> append) {
        this.localization = localization;
        this.notes = notes;
        this.append = append;
        menu.setId("attachMenu");
        notes.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (ATTACH.match(event)) {
                event.consume();
                offer();
            }
        });
        button = new Button(localization.get("intake.attach"), Icons.of(Material2AL.ARROW_DOWNWARD));
        button.setId("attachButton");
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        button.setTooltip(new Tooltip(localization.get("intake.attach.tooltip")));
        button.setFocusTraversable(false);
        button.setOnAction(event -> offer());
    }

    Button button() {
        return button;
    }

    void showDomains(IntakeState state) {
        List<DomainList.DomainDefinition> applicable = DomainRules.applicableDomains(state);
        if (applicable.equals(domains)) {
            return;
        }
        domains = applicable;
        menu.getItems().setAll(applicable.stream().map(domain -> {
            MenuItem item = new MenuItem(domain.label(localization.locale()));
            item.setId("attachDomain-" + domain.code());
            item.setOnAction(event -> attach(domain.code()));
            return item;
        }).toList());
    }

    /** Opens the domain menu under the notes; nothing to attach, nothing happens. */
    void offer() {
        if (chosenText().isBlank() || menu.getItems().isEmpty()) {
            return;
        }
        menu.show(notes, Side.BOTTOM, 0, -notes.getHeight() / 2);
    }

    private void attach(String code) {
        String text = chosenText().strip();
        if (!text.isEmpty()) {
            append.accept(code, text);
        }
        notes.requestFocus();
    }

    /** The selection, or else the line the caret is on. */
    private String chosenText() {
        String selected = notes.getSelectedText();
        if (!selected.isBlank()) {
            return selected;
        }
        String all = notes.getText() == null ? "" : notes.getText();
        int caret = Math.min(notes.getCaretPosition(), all.length());
        int start = all.lastIndexOf('\n', Math.max(caret - 1, 0)) + 1;
        if (caret == 0) {
            start = 0;
        }
        int end = all.indexOf('\n', caret);
        return all.substring(start, end < 0 ? all.length() : end);
    }
}
