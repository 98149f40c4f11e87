package nl.keukentafel.gui.intake.common;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.common.LabelledChoices;
import nl.keukentafel.gui.common.TextAreas;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.i18n.Localization;

/**
 * A two-column form of the intake sections: short fields side by side, long texts across both columns, each with
 * its label and, where the value is marked, the message under it. Tab follows the order fields are added in.
 * Controls are bound once (one form per record). FX thread only.
 */
public final class SectionForm {
    private final Localization localization;
    private final GridPane grid = new GridPane();
    private int column;
    private int row;

    public SectionForm(Localization localization) {
        this.localization = localization;
        grid.setHgap(20);
        grid.setVgap(12);
        grid.getStyleClass().add("intake-form");
        for (int index = 0; index < 2; index++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(50);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
        }
    }

    public GridPane grid() {
        return grid;
    }

    /** A one-line field in the next half of a row. */
    public TextField text(String labelKey, String id, AutosavedText text) {
        TextField field = new TextField();
        half(labelled(labelKey, bind(field, id, text), null));
        return field;
    }

    /** A one-line field with a message under it. */
    public TextField marked(String labelKey, String id, MarkedText marked) {
        TextField field = dateField(id, marked);
        half(labelled(labelKey, field, marked.messageProperty()));
        return field;
    }

    private TextField dateField(String id, MarkedText marked) {
        TextField field = bind(new TextField(), id, marked.text());
        field.setPromptText(localization.get("intakeForm.date.prompt"));
        marked.messageProperty().subscribe(message -> field.pseudoClassStateChanged(Styles.STATE_DANGER, message != null));
        return field;
    }

    /** A few lines across the whole row. */
    public TextArea area(String labelKey, String id, AutosavedText text) {
        TextArea area = TextAreas.of(id, 2);
        full(labelled(labelKey, bind(area, id, text), null));
        return area;
    }

    /** A drop-down of an intake enum, empty until a person chooses (never a default). */
    public <T extends Enum<T>> ComboBox<T> choice(String labelKey, String id, List<T> values, AutosavedChoice<T> choice) {
        ComboBox<T> box = comboBox(id, values, choice);
        half(labelled(labelKey, box, null));
        return box;
    }

    /** A long text and its date side by side across a whole row (a Meldcode step). */
    public TextArea areaWithDate(String labelKey, String id, AutosavedText text, String dateLabelKey, String dateId, MarkedText date) {
        TextArea area = TextAreas.of(id, 2);
        VBox textBox = labelled(labelKey, bind(area, id, text), null);
        TextField dateField = dateField(dateId, date);
        VBox dateBox = labelled(dateLabelKey, dateField, date.messageProperty());
        dateBox.setPrefWidth(190);
        dateBox.setMinWidth(190);
        HBox.setHgrow(textBox, Priority.ALWAYS);
        full(new HBox(16, textBox, dateBox));
        return area;
    }

    /** A question with its answer and a note beside it across a whole row (a weighing question). */
    public <T extends Enum<T>> ComboBox<T> choiceWithNote(String labelKey, String id, List<T> values, AutosavedChoice<T> choice,
                                                          String noteId, AutosavedText note) {
        ComboBox<T> box = comboBox(id, values, choice);
        box.setPrefWidth(190);
        box.setMinWidth(190);
        TextField noteField = bind(new TextField(), noteId, note);
        noteField.setPromptText(localization.get("intakeForm.note.prompt"));
        HBox.setHgrow(noteField, Priority.ALWAYS);
        full(labelled(labelKey, new HBox(12, box, noteField), null));
        return box;
    }

    private <T extends Enum<T>> ComboBox<T> comboBox(String id, List<T> values, AutosavedChoice<T> choice) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText(localization.get("intakeForm.choose"));
        box.setConverter(LabelledChoices.converter(values, value -> EnumLabels.label(localization, value)));
        box.valueProperty().bindBidirectional(choice.valueProperty());
        return box;
    }

    /** Any node in the next half of a row. */
    public void half(Node node) {
        grid.add(node, column, row);
        column++;
        if (column == 2) {
            column = 0;
            row++;
        }
    }

    /** Any node across a whole row of its own. */
    public void full(Node node) {
        if (column != 0) {
            column = 0;
            row++;
        }
        grid.add(node, 0, row, 2, 1);
        row++;
    }

    /** Starts a new row even when the current one has room left. */
    public void endRow() {
        if (column != 0) {
            column = 0;
            row++;
        }
    }

    private static <C extends TextInputControl> C bind(C control, String id, AutosavedText text) {
        control.setId(id);
        control.textProperty().bindBidirectional(text.textProperty());
        text.editingProperty().bind(control.focusedProperty());
        return control;
    }

    /** Label above the control, the message (if any) under it. */
    public VBox labelled(String labelKey, Node control, ObservableValue<UiText> message) {
        Label label = new Label(localization.get(labelKey));
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        if (control instanceof javafx.scene.control.Control labelledControl) {
            label.setLabelFor(labelledControl);
        }
        VBox box = new VBox(4, label, control);
        box.getStyleClass().add("field-editor");
        if (message != null) {
            box.getChildren().add(messageLabel(localization, control.getId() + "Message", message));
        }
        return box;
    }

    /** A section's root: its title, its muted introduction, then the given nodes, styled as an intake section. */
    public static VBox sectionRoot(Localization localization, String id, String titleKey, String introKey, Node... rest) {
        Label heading = new Label(localization.get(titleKey));
        heading.getStyleClass().addAll(Styles.TITLE_3, "section-heading");
        Label intro = new Label(localization.get(introKey));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        VBox root = new VBox(10, heading, intro);
        root.getChildren().addAll(rest);
        root.setId(id);
        root.getStyleClass().add("intake-section");
        return root;
    }

    public static Label messageLabel(Localization localization, String id, ObservableValue<UiText> message) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().addAll("field-problem", Styles.DANGER);
        message.subscribe(shown -> {
            label.setText(shown == null ? "" : shown.in(localization));
            label.setVisible(shown != null);
            label.setManaged(shown != null);
        });
        return label;
    }
}
