package nl.keukentafel.gui.genogram;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.GenogramState;

/** The side panel of the selected person: its name, its facts and its lines. FX thread only. */
final class PersonPanel {
    private final Localization localization;
    private final Label title = new Label();
    private final PersonFacts facts;
    private final PersonConnections connections;
    private final VBox root = new VBox(10);
    private UUID shown;

    PersonPanel(GenogramViewModel model, Localization localization, Runnable backToDrawing) {
        this.localization = localization;
        this.facts = new PersonFacts(model, localization, backToDrawing);
        this.connections = new PersonConnections(model, localization);
        title.setId("personTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        root.setId("personPanel");
        root.getChildren().addAll(title, facts.root(), new Separator(), connections.root());
        clear();
    }

    Node root() {
        return root;
    }

    Optional<Node> firstField() {
        return facts.firstField();
    }

    /** Builds the panel for a person (after a new selection, undo or redo). */
    void show(GenogramState state, UUID key) {
        shown = key;
        if (state == null || key == null) {
            clear();
            return;
        }
        title.setText(PersonNames.of(state, key, localization.get("genogram.unnamed")));
        facts.show(state, key);
        connections.show(state, key);
    }

    /**
     * After any change (an edit, undo, redo, a sync round): the title and the lines follow, and the form shows the stored
     * facts in every field the consultant is not editing; what is being typed or was just chosen stays.
     */
    void refresh(GenogramState state) {
        if (state != null && shown != null) {
            title.setText(PersonNames.of(state, shown, localization.get("genogram.unnamed")));
            facts.refresh(state);
            connections.show(state, shown);
        }
    }

    void clear() {
        shown = null;
        title.setText(localization.get("genogram.noSelection"));
        facts.clear();
        connections.root().getChildren().clear();
    }
}
