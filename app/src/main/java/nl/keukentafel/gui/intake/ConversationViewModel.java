package nl.keukentafel.gui.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Conversation;

/** One conversation as the screen edits it; who was present is saved as the whole list on every tick. FX thread only. */
final class ConversationViewModel {
    private final RecordFields fields;
    private final int number;
    private final AutosavedText date;
    private final AutosavedText place;
    private final AutosavedText othersPresent;
    private final AutosavedText notes;
    private final ObservableList<UUID> presentMembers = FXCollections.observableArrayList();
    private final ObservableList<UUID> presentContacts = FXCollections.observableArrayList();

    ConversationViewModel(Conversation conversation, IntakeViewModel model) {
        fields = new RecordFields(new RecordRef(RecordKind.CONVERSATION, conversation.id(), conversation.dossierId()), model);
        number = conversation.number();
        date = fields.text(Conversation.Field.DATE, conversation.date(), FieldCheck::date);
        place = fields.text(Conversation.Field.PLACE, conversation.place());
        othersPresent = fields.text(Conversation.Field.OTHERS_PRESENT, conversation.othersPresent());
        notes = fields.text(Conversation.Field.NOTES, conversation.notes());
        presentMembers.setAll(conversation.presentMembers());
        presentContacts.setAll(conversation.presentContacts());
    }

    void showStored(Conversation conversation) {
        date.showStored(conversation.date());
        place.showStored(conversation.place());
        othersPresent.showStored(conversation.othersPresent());
        notes.showStored(conversation.notes());
        if (!presentMembers.equals(conversation.presentMembers())) {
            presentMembers.setAll(conversation.presentMembers());
        }
        if (!presentContacts.equals(conversation.presentContacts())) {
            presentContacts.setAll(conversation.presentContacts());
        }
    }

    void setMemberPresent(UUID memberId, boolean present) {
        toggle(presentMembers, memberId, present, Conversation.Field.PRESENT_MEMBERS);
    }

    void setContactPresent(UUID contactId, boolean present) {
        toggle(presentContacts, contactId, present, Conversation.Field.PRESENT_CONTACTS);
    }

    private void toggle(ObservableList<UUID> list, UUID id, boolean present, String field) {
        if (present == list.contains(id)) {
            return;
        }
        if (present) {
            list.add(id);
        } else {
            list.remove(id);
        }
        fields.save(field, new ArrayList<>(list));
    }

    RecordRef ref() {
        return fields.ref();
    }

    int number() {
        return number;
    }

    AutosavedText date() {
        return date;
    }

    AutosavedText place() {
        return place;
    }

    AutosavedText othersPresent() {
        return othersPresent;
    }

    AutosavedText notes() {
        return notes;
    }

    List<UUID> presentMembers() {
        return presentMembers;
    }

    List<UUID> presentContacts() {
        return presentContacts;
    }
}
