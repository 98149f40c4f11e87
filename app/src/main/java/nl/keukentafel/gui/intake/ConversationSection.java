package nl.keukentafel.gui.intake;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.TextAreas;
import nl.keukentafel.gui.common.TextFieldEditor;
import nl.keukentafel.gui.intake.common.IntakeSection;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Conversation;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The conversation at the top of the intake, free text first: which of up to three conversations, its date, place,
 * who was present, and a large notes area whose selected text can be attached to a life domain later. FX thread only.
 */
final class ConversationSection implements IntakeSection {
    private final Localization localization;
    private final IntakeViewModel model;
    private final NotesToDomain notesToDomain;
    private final Map<Integer, ConversationViewModel> conversations = new LinkedHashMap<>();
    private final ToggleGroup choice = new ToggleGroup();
    private final HBox numbers = new HBox(0);
    private final Button add = new Button();
    private final TextFieldEditor date;
    private final TextFieldEditor place;
    private final TextFieldEditor others;
    private final TextArea notes = new TextArea();
    private final FlowPane present = new FlowPane(14, 6);
    private final VBox root;
    private ConversationViewModel selected;
    private List<Object> presentKey = List.of();
    private IntakeState shown;

    ConversationSection(Localization localization, IntakeViewModel model, BiConsumer<String, String> appendToDomain) {
        this.localization = localization;
        this.model = model;
        date = new TextFieldEditor(localization, "field." + Conversation.Field.DATE, "conversationDate");
        date.field().setPromptText(localization.get("common.datePrompt"));
        place = new TextFieldEditor(localization, "field." + Conversation.Field.PLACE, "conversationPlace");
        others = new TextFieldEditor(localization, "field." + Conversation.Field.OTHERS_PRESENT, "conversationOthers");
        notes.setId("conversationNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(8);
        notes.setPromptText(localization.get("intake.conversation.notesPrompt"));
        notes.setTooltip(new Tooltip(localization.get("intake.conversation.notesTooltip")));
        TextAreas.keyboard(notes);
        notesToDomain = new NotesToDomain(localization, notes, appendToDomain);

        add.setText(localization.get("intake.conversation.add"));
        add.setGraphic(Icons.of(Material2AL.ADD));
        add.setId("addConversationButton");
        add.getStyleClass().add(Styles.SMALL);
        add.setTooltip(new Tooltip(localization.get("intake.conversation.add.tooltip")));
        add.setOnAction(event -> model.addConversation());
        HBox top = new HBox(10, IntakeForms.heading(localization, "intake.section.conversation"), numbers, add);
        top.setAlignment(Pos.CENTER_LEFT);
        choice.selectedToggleProperty().addListener((observable, old, toggle) -> {
            if (toggle == null && old != null) {
                old.setSelected(true);
            } else if (toggle != null) {
                select((Integer) toggle.getUserData());
            }
        });

        GridPane when = new GridPane();
        when.setHgap(16);
        when.addRow(0, date, place, others);
        when.getColumnConstraints().addAll(IntakeLayout.columns(25, 35, 40));
        present.setId("conversationPresent");
        root = new VBox(10, top, when, IntakeForms.labelled(localization, "intake.conversation.present", present),
                IntakeForms.labelled(localization, "field." + Conversation.Field.NOTES, notes), notesToDomain.button());
        root.getStyleClass().add("intake-section");
        root.setId("conversationSection");
    }

    Node firstField() {
        return date.field();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(IntakeState state) {
        shown = state;
        for (Conversation conversation : state.conversations()) {
            ConversationViewModel existing = conversations.get(conversation.number());
            if (existing == null) {
                conversations.put(conversation.number(), new ConversationViewModel(conversation, model));
            } else {
                existing.showStored(conversation);
            }
        }
        if (numbers.getChildren().size() != conversations.size()) {
            numbers.getChildren().clear();
            conversations.keySet().forEach(this::numberButton);
        }
        add.setDisable(conversations.size() >= Conversation.MAX_PER_INTAKE);
        if (selected == null && !conversations.isEmpty()) {
            select(conversations.keySet().iterator().next());
        } else if (selected != null) {
            showPresent();
        }
        notesToDomain.showDomains(state);
    }

    private void numberButton(int number) {
        ToggleButton button = new ToggleButton(Integer.toString(number));
        button.setId("conversation-" + number);
        button.setUserData(number);
        button.setToggleGroup(choice);
        button.setTooltip(new Tooltip(localization.get("intake.conversation.number.tooltip", number)));
        numbers.getChildren().add(button);
        numbers.getStyleClass().add("segmented");
    }

    /** Shows conversation {@code number} (Alt+1..3); false when there is none. */
    boolean select(int number) {
        ConversationViewModel next = conversations.get(number);
        if (next == null) {
            return false;
        }
        if (next != selected) {
            if (selected != null) {
                notes.textProperty().unbindBidirectional(selected.notes().textProperty());
                selected.notes().editingProperty().unbind();
            }
            selected = next;
            date.bind(next.date());
            place.bind(next.place());
            others.bind(next.othersPresent());
            bindNotes(next.notes());
            presentKey = List.of();
            showPresent();
        }
        numbers.getChildren().stream().filter(node -> Integer.valueOf(number).equals(node.getUserData()))
                .forEach(node -> ((ToggleButton) node).setSelected(true));
        return true;
    }

    private void bindNotes(AutosavedText text) {
        notes.textProperty().bindBidirectional(text.textProperty());
        text.editingProperty().bind(notes.focusedProperty());
    }

    /** The check boxes of members and network contacts, rebuilt only when the people (or their names) change. */
    private void showPresent() {
        if (shown == null) {
            return;
        }
        List<Object> key = List.of(selected.number(), shown.dossier().members().stream().map(Member::fullName).toList(),
                shown.dossier().contacts().stream().map(Contact::name).toList());
        if (key.equals(presentKey)) {
            syncTicks();
            return;
        }
        presentKey = key;
        present.getChildren().clear();
        int index = 0;
        for (Member member : shown.dossier().members()) {
            present.getChildren().add(tick("presentMember-" + index++, IntakeTexts.name(localization, member), member.id(), true));
        }
        index = 0;
        for (Contact contact : shown.dossier().contacts()) {
            String name = contact.name() == null || contact.name().isBlank() ? localization.get("intake.unnamed") : contact.name();
            present.getChildren().add(tick("presentContact-" + index++, name, contact.id(), false));
        }
        syncTicks();
    }

    private CheckBox tick(String id, String text, UUID personId, boolean member) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setUserData(new Object[] {personId, member});
        box.selectedProperty().addListener((observable, old, on) -> {
            if (member) {
                selected.setMemberPresent(personId, on);
            } else {
                selected.setContactPresent(personId, on);
            }
        });
        return box;
    }

    private void syncTicks() {
        for (Node node : present.getChildren()) {
            Object[] data = (Object[]) node.getUserData();
            List<UUID> list = (Boolean) data[1] ? selected.presentMembers() : selected.presentContacts();
            ((CheckBox) node).setSelected(list.contains((UUID) data[0]));
        }
    }

    @Override
    public Optional<Node> editorOf(RecordRef ref, String field) {
        if (ref.kind() != RecordKind.CONVERSATION) {
            return Optional.empty();
        }
        Optional<ConversationViewModel> target = conversations.values().stream().filter(c -> c.ref().equals(ref)).findFirst();
        if (target.isEmpty() || !select(target.get().number())) {
            return Optional.empty();
        }
        return Optional.of(switch (field) {
            case Conversation.Field.DATE -> date.field();
            case Conversation.Field.PLACE -> place.field();
            case Conversation.Field.OTHERS_PRESENT -> others.field();
            case Conversation.Field.PRESENT_MEMBERS, Conversation.Field.PRESENT_CONTACTS -> present.getChildren().isEmpty() ? notes
                    : present.getChildren().get(0);
            default -> notes;
        });
    }
}
