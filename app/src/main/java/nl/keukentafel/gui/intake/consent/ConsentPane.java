package nl.keukentafel.gui.intake.consent;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.intake.common.MemberChecks;
import nl.keukentafel.gui.intake.common.SectionForm;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.intake.Consent.Field;
import nl.keukentafel.model.intake.ConsentBasis;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * One sharing, collapsible: who consents (with how each member may consent), the partner, which data, purpose,
 * period, date and how it was explained; a report without consent shows its justification instead. A withdrawn
 * consent is struck through with its date and stays. FX thread only.
 */
final class ConsentPane extends TitledPane {
    private final Localization localization;
    private final ConsentViewModel model;
    private final MemberChecks givers;
    private final ComboBox<Contact> partner = new ComboBox<>();
    private final TextInputControl firstField;
    private boolean showingContacts;

    ConsentPane(Localization localization, ConsentViewModel model, Function<Member, String> giverHint) {
        this.localization = localization;
        this.model = model;
        String suffix = "-" + model.ref().id();
        boolean withConsent = model.basis() == ConsentBasis.CONSENT;
        SectionForm form = new SectionForm(localization);
        givers = new MemberChecks("giver" + suffix, model.givenBy(), giverHint);
        if (withConsent) {
            VBox giversBox = form.labelled("field." + Field.GIVEN_BY, givers, null);
            giversBox.getChildren().add(SectionForm.messageLabel(localization, "givenBy" + suffix + "Message",
                    model.giversMessageProperty()));
            form.full(giversBox);
        }
        partner.setId("partnerContact" + suffix);
        partner.setMaxWidth(Double.MAX_VALUE);
        partner.setPromptText(localization.get("consentScreen.partner.prompt"));
        partner.setConverter(new ContactNames());
        partner.valueProperty().addListener((observable, old, chosen) -> choosePartner(chosen));
        form.half(form.labelled("field." + Field.PARTNER_CONTACT_ID, partner, null));
        form.text("field." + Field.PARTNER_NAME, "partnerName" + suffix, model.partnerName());
        firstField = form.area("field." + Field.DATA, "data" + suffix, model.data());
        form.area("field." + Field.PURPOSE, "purpose" + suffix, model.purpose());
        form.marked("field." + Field.VALID_FROM, "validFrom" + suffix, model.validFrom());
        form.marked("field." + Field.VALID_UNTIL, "validUntil" + suffix, model.validUntil());
        if (withConsent) {
            form.marked("field." + Field.GIVEN_ON, "givenOn" + suffix, model.givenOn());
            form.text("field." + Field.EXPLAINED_HOW, "explainedHow" + suffix, model.explainedHow());
            form.full(withdrawButton(suffix));
        } else {
            form.area("field." + Field.JUSTIFICATION, "justification" + suffix, model.justification());
        }
        setId("consent" + suffix);
        setContent(form.grid());
        getStyleClass().add("intake-record");
        setGraphic(title(suffix));
    }

    private HBox title(String suffix) {
        Text title = new Text();
        title.getStyleClass().add("consent-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> EnumLabels.label(localization, model.basis()) + " · "
                + (model.partnerName().text().isBlank() ? "—" : model.partnerName().text().strip()), model.partnerName().textProperty()));
        title.strikethroughProperty().bind(model.withdrawnOnProperty().isNotEmpty());
        Label withdrawn = new Label();
        withdrawn.setId("withdrawn" + suffix);
        withdrawn.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        withdrawn.textProperty().bind(model.withdrawnOnProperty().map(date -> date.isBlank() ? ""
                : localization.get("consentScreen.withdrawnOn", date)));
        withdrawn.visibleProperty().bind(model.withdrawnOnProperty().isNotEmpty());
        HBox box = new HBox(10, title, withdrawn);
        box.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        setText(null);
        return box;
    }

    private Button withdrawButton(String suffix) {
        Button withdraw = new Button(localization.get("consentScreen.withdraw"), Icons.of(Material2AL.BLOCK));
        withdraw.setId("withdraw" + suffix);
        withdraw.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        withdraw.setTooltip(new Tooltip(localization.get("consentScreen.withdraw.tooltip")));
        withdraw.setOnAction(event -> model.withdraw());
        withdraw.visibleProperty().bind(model.withdrawnOnProperty().isEmpty());
        withdraw.managedProperty().bind(withdraw.visibleProperty());
        return withdraw;
    }

    /** The family and network as they are now. */
    void show(List<Member> family, List<Contact> contacts) {
        givers.members(family, localization.get("dossier.unnamed"));
        showingContacts = true;
        try {
            if (!partner.getItems().equals(contacts)) {
                partner.getItems().setAll(contacts);
            }
            partner.setValue(contacts.stream().filter(contact -> contact.id().equals(model.partnerContactId().value()))
                    .findFirst().orElse(null));
        } finally {
            showingContacts = false;
        }
    }

    private void choosePartner(Contact chosen) {
        if (showingContacts || chosen == null || Objects.equals(chosen.id(), model.partnerContactId().value())) {
            return;
        }
        model.partnerContactId().valueProperty().set(chosen.id());
        model.partnerName().textProperty().set(ConsentsViewModel.partnerName(chosen));
    }

    TextInputControl firstField() {
        return firstField;
    }

    private final class ContactNames extends StringConverter<Contact> {
        @Override
        public String toString(Contact contact) {
            if (contact == null) {
                return "";
            }
            String name = ConsentsViewModel.partnerName(contact);
            return name.isBlank() ? localization.get("dossier.unnamed") : name;
        }

        @Override
        public Contact fromString(String typed) {
            return partner.getItems().stream().filter(contact -> toString(contact).equals(typed)).findFirst().orElse(null);
        }
    }
}
