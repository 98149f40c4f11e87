package nl.keukentafel.gui.intake.consent;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.intake.common.IntakeContext;
import nl.keukentafel.gui.intake.common.IntakeSection;
import nl.keukentafel.gui.intake.common.SectionForm;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.intake.OpenItem;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * "Toestemming en gegevensdeling": every sharing (with consent, or a report without it), a button to record consent,
 * and one per professional in the network to record consent for sharing with them at once. FX thread only.
 */
public final class ConsentSection implements IntakeSection {
    private final Localization localization;
    private final ConsentsViewModel model;
    private final VBox consents = new VBox(10);
    private final FlowPane forContacts = new FlowPane(8, 6);
    private final VBox root;
    private final Map<UUID, ConsentPane> panes = new HashMap<>();
    private final Map<UUID, Button> contactButtons = new HashMap<>();
    private List<ConsentViewModel> shown = List.of();
    private boolean focusNewest;

    public ConsentSection(IntakeContext context) {
        this.localization = context.localization();
        this.model = new ConsentsViewModel(context);
        Button add = new Button(localization.get("consentScreen.add"), Icons.of(Material2AL.ADD));
        add.setId("addConsent");
        add.setTooltip(new Tooltip(localization.get("consentScreen.add.tooltip")));
        add.setOnAction(event -> {
            focusNewest = true;
            model.addConsent();
        });
        forContacts.setId("consentForContacts");
        Label error = SectionForm.messageLabel(localization, "consentError", model.errorProperty());
        root = SectionForm.sectionRoot(localization, "consentSection", "consentScreen.title", "consentScreen.intro",
                add, forContacts, error, consents);
        model.consentsProperty().subscribe(this::layout);
        model.contactsProperty().subscribe(this::contactButtons);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(IntakeState state) {
        model.show(state);
        panes.values().forEach(pane -> pane.show(model.membersProperty().get(), model.contactsProperty().get()));
    }

    @Override
    public Optional<Node> editorOf(RecordRef ref, String field) {
        if (ref.kind() == RecordKind.CONTACT && OpenItem.ADD_CONSENT.equals(field)) {
            return Optional.ofNullable(contactButtons.get(ref.id()));
        }
        if (ref.kind() != RecordKind.CONSENT || !panes.containsKey(ref.id())) {
            return Optional.empty();
        }
        ConsentPane pane = panes.get(ref.id());
        pane.setExpanded(true);
        return Optional.of(Optional.<Node>ofNullable(pane.lookup("#" + field + "-" + ref.id())).orElse(pane.firstField()));
    }

    private void contactButtons(List<Contact> contacts) {
        forContacts.getChildren().clear();
        List<Contact> professionals = contacts.stream().filter(Contact::professional).toList();
        if (professionals.isEmpty()) {
            return;
        }
        Label caption = new Label(localization.get("consentScreen.forContact"));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        forContacts.getChildren().add(caption);
        for (Contact contact : professionals) {
            Button button = contactButtons.computeIfAbsent(contact.id(), id -> new Button());
            String name = ConsentsViewModel.partnerName(contact);
            button.setText(name.isBlank() ? localization.get("dossier.unnamed") : name);
            button.setId("addConsentFor-" + contact.id());
            button.getStyleClass().setAll("button", Styles.SMALL);
            button.setTooltip(new Tooltip(localization.get("consentScreen.forContact.tooltip", button.getText())));
            button.setOnAction(event -> {
                focusNewest = true;
                model.addConsentFor(contact);
            });
            forContacts.getChildren().add(button);
        }
    }

    private void layout(List<ConsentViewModel> consentsNow) {
        if (consentsNow.equals(shown)) {
            return;
        }
        shown = consentsNow;
        consents.getChildren().clear();
        if (consentsNow.isEmpty()) {
            Label none = new Label(localization.get("consentScreen.none"));
            none.setId("noConsent");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            consents.getChildren().add(none);
        }
        for (ConsentViewModel consent : consentsNow) {
            ConsentPane pane = panes.computeIfAbsent(consent.ref().id(), id -> {
                ConsentPane created = new ConsentPane(localization, consent, member -> model.giverHint(member).in(localization));
                created.setExpanded(false);
                return created;
            });
            pane.show(model.membersProperty().get(), model.contactsProperty().get());
            consents.getChildren().add(pane);
        }
        if (focusNewest && !consentsNow.isEmpty()) {
            focusNewest = false;
            ConsentPane newest = panes.get(consentsNow.get(consentsNow.size() - 1).ref().id());
            newest.setExpanded(true);
            newest.firstField().requestFocus();
        }
    }
}
