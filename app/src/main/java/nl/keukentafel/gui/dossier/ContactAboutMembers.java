package nl.keukentafel.gui.dossier;

import java.util.List;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;
import nl.keukentafel.gui.common.AutosavedChoice;

/**
 * "Gaat over": a check box per family member (names live as they are typed) for the contact being edited, rebound
 * when another contact is selected. Ticking saves the whole list of member ids. FX thread only.
 */
final class ContactAboutMembers extends FlowPane {
    private final ObservableList<MemberViewModel> members;
    private final String unnamed;
    private AutosavedChoice<List<UUID>> bound;
    private boolean ticking;

    ContactAboutMembers(ObservableList<MemberViewModel> members, String unnamed) {
        super(16, 6);
        this.members = members;
        this.unnamed = unnamed;
        setId("contactAboutMembers");
        members.addListener((ListChangeListener<MemberViewModel>) change -> rebuild());
        rebuild();
    }

    void bind(AutosavedChoice<List<UUID>> aboutMembers) {
        bound = aboutMembers;
        tick();
    }

    void unbind() {
        bound = null;
        tick();
    }

    private void rebuild() {
        getChildren().clear();
        for (MemberViewModel member : members) {
            CheckBox box = new CheckBox();
            box.textProperty().bind(member.fullName().map(name -> name.isBlank() ? unnamed : name));
            box.setId("contactAbout-" + member.ref().id());
            box.setUserData(member.ref().id());
            box.selectedProperty().addListener((observable, old, selected) -> save());
            getChildren().add(box);
        }
        tick();
    }

    private void tick() {
        ticking = true;
        try {
            List<UUID> chosen = bound == null || bound.value() == null ? List.of() : bound.value();
            boxes().forEach(box -> box.setSelected(chosen.contains((UUID) box.getUserData())));
        } finally {
            ticking = false;
        }
    }

    private void save() {
        if (ticking || bound == null) {
            return;
        }
        bound.valueProperty().set(boxes().stream().filter(CheckBox::isSelected).map(box -> (UUID) box.getUserData()).toList());
    }

    private List<CheckBox> boxes() {
        return getChildren().stream().map(CheckBox.class::cast).toList();
    }
}
