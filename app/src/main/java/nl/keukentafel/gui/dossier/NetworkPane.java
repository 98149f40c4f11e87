package nl.keukentafel.gui.dossier;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.TextFieldEditor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Contact;
import org.kordamp.ikonli.material2.Material2AL;

/** The network tab: every professional and informal person around the family. FX thread only. */
final class NetworkPane implements RecordListPane.Binder<ContactViewModel> {
    private final Localization localization;
    private final DossierViewModel model;
    private final TextFieldEditor name;
    private final TextFieldEditor organisation;
    private final TextFieldEditor relation;
    private final TextFieldEditor email;
    private final TextFieldEditor phone;
    private final TextFieldEditor daysReachable;
    private final CheckBox professional = new CheckBox();
    private final RecordListPane<ContactViewModel> pane;
    private ContactViewModel bound;

    NetworkPane(Localization localization, DossierViewModel model) {
        this.localization = localization;
        this.model = model;
        name = new TextFieldEditor(localization, "field." + Contact.Field.NAME, "contactName");
        organisation = new TextFieldEditor(localization, "field." + Contact.Field.ORGANISATION, "contactOrganisation");
        relation = new TextFieldEditor(localization, "field." + Contact.Field.RELATION, "contactRelation");
        relation.field().setPromptText(localization.get("contact.relation.prompt"));
        email = new TextFieldEditor(localization, "field." + Contact.Field.EMAIL, "contactEmail");
        phone = new TextFieldEditor(localization, "field." + Contact.Field.PHONE, "contactPhone");
        daysReachable = new TextFieldEditor(localization, "field." + Contact.Field.DAYS_REACHABLE, "contactDaysReachable");
        daysReachable.field().setPromptText(localization.get("contact.daysReachable.prompt"));
        professional.setText(localization.get("field." + Contact.Field.PROFESSIONAL));
        professional.setId("contactProfessional");

        GridPane form = DossierForms.grid();
        DossierForms.add(form, name, organisation, relation, email, phone, daysReachable, new VBox(professional));
        form.setId("contactForm");

        Button addContact = new Button(localization.get("dossier.addContact"), Icons.of(Material2AL.GROUP_ADD));
        addContact.setId("addContactButton");
        addContact.getStyleClass().add(Styles.SMALL);
        addContact.setTooltip(new Tooltip(localization.get("dossier.addContact.tooltip")));
        addContact.setOnAction(event -> add());
        pane = new RecordListPane<>(localization, model.contacts(), this, new RecordListPane.Parts("contactList",
                "dossier.network.empty", "deleteContactButton", "dossier.deleteContact", List.of(addContact), form,
                name.field()), model::deleteContact);
    }

    void add() {
        model.addContact(false, pane::select);
    }

    RecordListPane<ContactViewModel> pane() {
        return pane;
    }

    @Override
    public ObservableValue<String> title(ContactViewModel contact) {
        return contact.displayName();
    }

    @Override
    public ObservableValue<String> subtitle(ContactViewModel contact) {
        return Bindings.createStringBinding(() -> {
            String kind = localization.get(Boolean.TRUE.equals(contact.professional().value())
                    ? "contact.kind.professional" : "contact.kind.informal");
            String about = nl.keukentafel.model.Text.joinNonBlank(", ", contact.relation().text(), contact.organisation().text());
            return about.isEmpty() ? kind : kind + " · " + about;
        }, contact.professional().valueProperty(), contact.relation().textProperty(), contact.organisation().textProperty());
    }

    @Override
    public void bind(ContactViewModel contact) {
        name.bind(contact.name());
        organisation.bind(contact.organisation());
        relation.bind(contact.relation());
        email.bind(contact.email());
        phone.bind(contact.phone());
        daysReachable.bind(contact.daysReachable());
        professional.selectedProperty().bindBidirectional(contact.professional().valueProperty());
        bound = contact;
    }

    @Override
    public void unbind() {
        name.unbind();
        organisation.unbind();
        relation.unbind();
        email.unbind();
        phone.unbind();
        daysReachable.unbind();
        if (bound != null) {
            professional.selectedProperty().unbindBidirectional(bound.professional().valueProperty());
            bound = null;
        }
        professional.setSelected(false);
    }
}
