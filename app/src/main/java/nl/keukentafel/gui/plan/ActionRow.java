package nl.keukentafel.gui.plan;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.ActionStatus;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * One "wie doet wat" line under a goal: who (one drop-down of members, contacts, the regisseur and "anders" with a
 * typed name), what, by when, status and a note. FX thread only.
 */
final class ActionRow {
    /** Column widths shared with the header above the lines. */
    static final double[] COLUMNS = {20, 26, 13, 21, 16, 4};

    private final GridPane root = new GridPane();
    private final PlanFields fields;
    private final ComboBox<PlanPeople.Owner> owner;
    private final TextField ownerName;
    private final TextField what;
    private final AutosavedText whatText;
    private final AutosavedText nameText;
    private final AutosavedText dueText;
    private final AutosavedText noteText;
    private final AutosavedChoice<ActionStatus> status;
    private final TextField due;
    private final TextField note;
    private final ComboBox<ActionStatus> statusBox;
    private final VBox dueBox;
    private final Button delete;
    private List<PlanPeople.Owner> owners;
    private boolean showing;

    ActionRow(Localization localization, PlanViewModel model, Action action, List<PlanPeople.Owner> owners, boolean editable,
              ProblemLabels problems) {
        this.fields = new PlanFields(new RecordRef(RecordKind.PLAN_ACTION, action.id(), action.dossierId()), model, editable,
                problems);
        this.owners = owners;
        owner = new ComboBox<>();
        owner.getItems().setAll(owners);
        owner.setMaxWidth(Double.MAX_VALUE);
        owner.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PlanPeople.Owner value) {
                return value == null ? "" : value.label();
            }

            @Override
            public PlanPeople.Owner fromString(String text) {
                return ActionRow.this.owners.stream().filter(value -> value.label().equals(text)).findFirst().orElse(null);
            }
        });
        owner.setPromptText(localization.get("planscreen.action.who.prompt"));
        owner.setValue(PlanPeople.ownerOf(action, owners));
        owner.valueProperty().addListener((observable, old, chosen) -> chosen(chosen));
        PlanForms.readOnly(owner, editable);
        nameText = fields.text(Action.Field.OWNER_NAME, action.ownerName());
        ownerName = PlanForms.field(null, nameText, editable);
        ownerName.setPromptText(localization.get("planscreen.action.name.prompt"));
        ownerName.managedProperty().bind(ownerName.visibleProperty());
        whatText = fields.text(Action.Field.WHAT, action.what());
        what = PlanForms.field(null, whatText, editable);
        what.setPromptText(localization.get("planscreen.action.what.prompt"));
        dueText = fields.date(Action.Field.DUE_DATE, action.dueDate());
        dueBox = PlanForms.dateField(localization, null, "actionDue", dueText, editable);
        due = (TextField) dueBox.getChildren().get(0);
        dueBox.getChildren().add(fields.problem(Action.Field.DUE_DATE));
        status = fields.choice(Action.Field.STATUS, action.status());
        statusBox = PlanForms.combo(null, Arrays.asList(ActionStatus.values()),
                value -> PlanLabels.label(localization, value), status, editable);
        noteText = fields.text(Action.Field.NOTE, action.note());
        note = PlanForms.field(null, noteText, editable);
        note.setPromptText(localization.get("planscreen.action.note.prompt"));
        delete = new Button(null, Icons.of(Material2AL.DELETE_OUTLINE));
        delete.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        delete.setTooltip(new Tooltip(localization.get("planscreen.action.delete")));
        delete.setAccessibleText(localization.get("planscreen.action.delete"));
        delete.setOnAction(event -> model.delete(fields.ref()));
        delete.setVisible(editable);
        VBox who = new VBox(4, owner, ownerName);
        root.getColumnConstraints().setAll(PlanLayout.columns(COLUMNS));
        root.setHgap(8);
        root.addRow(0, who, what, dueBox, statusBox, note, delete);
        PlanLayout.top(root);
        root.getStyleClass().add("plan-action-row");
        showOwnerName();
    }

    private void chosen(PlanPeople.Owner chosen) {
        showOwnerName();
        if (showing || chosen == null) {
            return;
        }
        fields.save(Action.Field.OWNER_KIND, chosen.kind().name());
        fields.save(Action.Field.OWNER_ID, chosen.id());
        if (chosen.kind() == nl.keukentafel.model.plan.OwnerKind.NAMED && fields.editable()) {
            javafx.application.Platform.runLater(ownerName::requestFocus);
        }
    }

    private void showOwnerName() {
        PlanPeople.Owner chosen = owner.getValue();
        ownerName.setVisible(chosen != null && chosen.kind() == nl.keukentafel.model.plan.OwnerKind.NAMED);
    }

    /** Ids by place: goal {@code goal}, line {@code line} (both from 1), e.g. {@code action-2-1-what}. */
    void number(int goal, int line) {
        String prefix = "action-" + goal + "-" + line + "-";
        owner.setId(prefix + "owner");
        ownerName.setId(prefix + "name");
        what.setId(prefix + "what");
        due.setId(prefix + "due");
        dueBox.getChildren().get(1).setId(prefix + "dueProblem");
        statusBox.setId(prefix + "status");
        note.setId(prefix + "note");
        delete.setId(prefix + "delete");
    }

    void show(Action action, List<PlanPeople.Owner> currentOwners) {
        showing = true;
        try {
            if (!Objects.equals(owners, currentOwners)) {
                owners = currentOwners;
                owner.getItems().setAll(currentOwners);
            }
            if (!owner.isFocused()) {
                owner.setValue(PlanPeople.ownerOf(action, owners));
            }
            nameText.showStored(action.ownerName());
            whatText.showStored(action.what());
            dueText.showStored(action.dueDate());
            noteText.showStored(action.note());
            status.showStored(action.status());
        } finally {
            showing = false;
        }
    }

    Node root() {
        return root;
    }

    Node firstField() {
        return owner;
    }

    /** The control of {@code field} (the dossier check's jump): the due date, the owner's own name when typed, else the owner. */
    Node editorOf(String field) {
        if (Action.Field.DUE_DATE.equals(field)) {
            return due;
        }
        if (Action.Field.OWNER_NAME.equals(field) && ownerName.isVisible()) {
            return ownerName;
        }
        return owner;
    }
}
