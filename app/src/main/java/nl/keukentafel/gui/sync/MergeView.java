package nl.keukentafel.gui.sync;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.TextAreas;
import nl.keukentafel.gui.common.ScreenView;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.sync.ConflictItem;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The merge view of one conflict: the server's value on the left, the other side's on the right, each with
 * who and when, and a button under each. Alt+1 and Alt+2 pick a side, Alt+3 keeps a typed value, Escape goes
 * back to the list. A delete racing an edit offers keep or delete. FX thread only.
 */
public final class MergeView implements ScreenView {
    static final KeyCombination FIRST = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.ALT_DOWN);
    static final KeyCombination SECOND = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.ALT_DOWN);
    static final KeyCombination TYPED = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.ALT_DOWN);

    private final MergeViewModel model;
    private final Localization localization;
    private final ConflictTexts texts;
    private final Runnable back;
    private final ScrollPane root;
    private final Button first;
    private final Button second;
    private javafx.scene.Scene scene;
    private final EventHandler<KeyEvent> shortcuts = this::handleShortcut;

    public MergeView(MergeViewModel model, Localization localization, ZoneId zone, Runnable back) {
        this.model = model;
        this.localization = localization;
        this.texts = new ConflictTexts(localization, zone);
        this.back = back;
        ConflictItem item = model.item();
        boolean whole = item.wholeRecord();
        first = action("keepServerButton", whole ? "sync.merge.keepRecord" : "sync.merge.keepThis", "Alt+1",
                whole ? Material2MZ.RESTORE : Material2AL.CHECK, whole ? model::keepRecord : model::keepServer);
        second = action("keepMineButton", whole ? "sync.merge.deleteRecord" : "sync.merge.keepThis", "Alt+2",
                whole ? Material2AL.DELETE_OUTLINE : Material2AL.CHECK, whole ? model::deleteRecord : model::keepMine);
        if (whole) {
            second.getStyleClass().add(Styles.DANGER);
        }
        Label title = new Label(localization.get("sync.merge.title", texts.fieldLabel(item.field())));
        title.setId("mergeTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        Label where = SyncScreens.muted(localization.get("sync.merge.where", texts.household(item), texts.recordLabel(item)));
        Label explanation = SyncScreens.muted(localization.get(whole ? "sync.merge.explainRecord" : "sync.merge.explainField"));
        HBox sides = new HBox(16, side("serverSide", texts.serverHeading(), texts.serverValue(item),
                texts.who(item.serverAuthor(), item.serverAt()), whole ? null : first),
                side("clientSide", texts.clientHeading(item), texts.clientValue(item),
                        texts.who(item.clientAuthor(), item.clientAt()), whole ? null : second));
        VBox content = new VBox(16, SyncScreens.header(localization, "mergeBackButton", "sync.merge.back", "sync.merge.screenTitle",
                back), title, where,
                explanation, sides);
        if (whole) {
            HBox choices = new HBox(12, first, second);
            content.getChildren().add(choices);
        } else if (model.canType()) {
            content.getChildren().add(typedSection());
        }
        Label error = SyncScreens.message(localization, "mergeError", model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        content.getChildren().add(error);
        content.getStyleClass().add("screen");
        content.setMaxWidth(900);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("mergeScreen");
    }

    private Button action(String id, String key, String keys, org.kordamp.ikonli.Ikon icon, Runnable run) {
        Button button = new Button(localization.get(key, keys), Icons.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(localization.get(key, keys)));
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(event -> run.run());
        return button;
    }

    private VBox side(String id, String heading, String value, String who, Button choose) {
        Label headingLabel = new Label(heading);
        headingLabel.getStyleClass().addAll(Styles.TEXT_BOLD, "merge-side-heading");
        Label valueLabel = new Label(value);
        valueLabel.setId(id + "Value");
        valueLabel.setWrapText(true);
        valueLabel.getStyleClass().addAll(Styles.TITLE_4, "merge-value");
        Label whoLabel = SyncScreens.muted(who);
        whoLabel.setId(id + "Who");
        whoLabel.setGraphic(Icons.of(Material2MZ.PERSON_OUTLINE));
        VBox side = new VBox(10, headingLabel, valueLabel, whoLabel);
        if (choose != null) {
            side.getChildren().add(choose);
        }
        side.setId(id);
        side.getStyleClass().addAll("settings-section", "merge-side");
        side.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(side, Priority.ALWAYS);
        return side;
    }

    private VBox typedSection() {
        TextArea typed = TextAreas.of("typedValue", 3);
        typed.textProperty().bindBidirectional(model.typedProperty());
        Button keep = action("keepTypedButton", "sync.merge.keepTyped", "Alt+3", Material2MZ.SAVE, model::keepTyped);
        VBox box = SyncScreens.section(localization, "sync.merge.typedTitle", "sync.merge.typedHint", typed, keep);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private void handleShortcut(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            event.consume();
            back.run();
        } else if (FIRST.match(event)) {
            event.consume();
            first.fire();
        } else if (SECOND.match(event)) {
            event.consume();
            second.fire();
        } else if (TYPED.match(event) && model.canType()) {
            event.consume();
            model.keepTyped();
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return first;
    }

    @Override
    public void activate() {
        scene = root.getScene();
        // a scroll pane puts its content into the scene only once its skin exists; make it now, so focus can go there
        root.applyCss();
        root.layout();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
    }

    @Override
    public void deactivate() {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
    }
}
