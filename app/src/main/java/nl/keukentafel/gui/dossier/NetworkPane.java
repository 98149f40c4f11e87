package nl.keukentafel.gui.dossier;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.ChoiceEditor;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.TextFieldEditor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.intake.Sector;
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
    private final ChoiceEditor<Sector> sector;
    private final ContactAboutMembers aboutMembers;
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

        sector = new ChoiceEditor<>(localization, "field." + Contact.Field.SECTOR, "contactSector", List.of(Sector.values()),
                value -> EnumLabels.label(localization, value));
        sector.box().setPromptText(localization.get("intakeForm.choose"));
        aboutMembers = new ContactAboutMembers(model.members(), localization.get("dossier.unnamed"));
        Label aboutLabel = new Label(localization.get("field." + Contact.Field.ABOUT_MEMBERS));
        aboutLabel.getStyleClass().add("field-label");
        Label aboutHint = new Label(localization.get("networkScreen.aboutMembers.hint"));
        aboutHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox about = new VBox(4, aboutLabel, aboutMembers, aboutHint);
        about.getStyleClass().add("field-editor");

        GridPane form = DossierForms.grid();
        // the tick sits level with the sector's drop-down beside it, not with its label
        VBox professionalBox = new VBox(professional);
        professionalBox.setAlignment(Pos.BOTTOM_LEFT);
        professionalBox.setPadding(new Insets(0, 0, 6, 0));
        professionalBox.setMaxHeight(Double.MAX_VALUE);
        DossierForms.add(form, name, organisation, relation, email, phone, daysReachable, sector, professionalBox);
        form.add(about, 0, 4, 2, 1);
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

    /** Selects the contact (the check's jump to a finding about it); false when it is not in the list. */
    boolean jumpTo(java.util.UUID contactId) {
        return model.contacts().stream().filter(contact -> contact.ref().id().equals(contactId)).findFirst()
                .map(contact -> {
                    pane.select(contact);
                    return true;
                }).orElse(false);
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
            Sector chosen = contact.sector().value();
            String about = nl.keukentafel.model.Text.joinNonBlank(", ", chosen == null ? "" : EnumLabels.label(localization, chosen),
                    contact.relation().text(), Contact.organisationBeside(contact.name().text(), contact.organisation().text()));
            return about.isEmpty() ? kind : kind + " · " + about;
        }, contact.professional().valueProperty(), contact.sector().valueProperty(), contact.relation().textProperty(),
                contact.organisation().textProperty());
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
        sector.bind(contact.sector());
        aboutMembers.bind(contact.aboutMembers());
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
        sector.unbind();
        aboutMembers.unbind();
        if (bound != null) {
            professional.selectedProperty().unbindBidirectional(bound.professional().valueProperty());
            bound = null;
        }
        professional.setSelected(false);
    }
}
