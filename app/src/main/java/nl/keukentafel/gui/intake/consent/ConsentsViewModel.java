package nl.keukentafel.gui.intake.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.gui.intake.common.IntakeContext;
import nl.keukentafel.logic.intake.Ages;
import nl.keukentafel.logic.intake.ConsentRules;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;

/** The dossier's sharings of data, oldest first; recording a new consent, also for one contact at once. FX thread only. */
public final class ConsentsViewModel {
    private final IntakeContext context;
    private final Map<UUID, ConsentViewModel> byId = new HashMap<>();
    private final ReadOnlyObjectWrapper<List<ConsentViewModel>> consents = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Member>> members = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Contact>> contacts = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();

    public ConsentsViewModel(IntakeContext context) {
        this.context = context;
    }

    public void show(IntakeState state) {
        LocalDate today = today();
        Map<UUID, Member> family = new LinkedHashMap<>();
        state.dossier().members().forEach(member -> family.put(member.id(), member));
        List<ConsentViewModel> shown = new ArrayList<>();
        for (Consent stored : state.consents()) {
            ConsentViewModel existing = byId.get(stored.id());
            if (existing == null) {
                existing = new ConsentViewModel(stored, context.intake(), today);
                byId.put(stored.id(), existing);
            } else {
                existing.showStored(stored);
            }
            existing.members(family);
            shown.add(existing);
        }
        members.set(state.dossier().members());
        contacts.set(state.dossier().contacts());
        consents.set(List.copyOf(shown));
    }

    /** A new sharing with consent, given today. */
    public void addConsent() {
        addConsent(null);
    }

    /** A new sharing with consent with this network contact as the partner. */
    public void addConsentFor(Contact partner) {
        addConsent(partner);
    }

    private void addConsent(Contact partner) {
        String givenOn = FieldCheck.write(today());
        context.tasks().execute(() -> {
            RecordRef ref = context.intake().addConsent(context.dossierId(), ConsentBasis.CONSENT).join();
            context.intake().edit(ref, Consent.Field.GIVEN_ON, givenOn);
            context.intake().edit(ref, Consent.Field.VALID_FROM, givenOn);
            if (partner != null) {
                context.intake().edit(ref, Consent.Field.PARTNER_CONTACT_ID, partner.id());
                context.intake().edit(ref, Consent.Field.PARTNER_NAME, partnerName(partner));
            }
            return ref;
        }, added -> context.changed().run(), failure -> error.set(new UiText("dossier.error.add")));
    }

    /** "Name (organisation)", or whichever of the two is there. */
    static String partnerName(Contact contact) {
        return contact.displayName();
    }

    /** How a member may consent, as the hint after the name: alone, with a parent, or the parents decide. */
    UiText giverHint(Member member) {
        if (member.role() == HouseholdRole.CHILD && Ages.ageOn(member.birthDate(), today()).isEmpty()) {
            return new UiText("consentScreen.giver.ageUnknown");
        }
        Consent alone = new Consent(null, null, ConsentBasis.CONSENT, List.of(member.id()), null, null, null, null, null, null,
                null, null, null, null, null);
        return ConsentRules.givers(alone, Map.of(member.id(), member), today()).stream().findFirst()
                .map(finding -> new UiText(finding.problem() == ConsentRules.GiverProblem.UNDER_12
                        ? "consentScreen.giver.parentsDecide" : "consentScreen.giver.withParent"))
                .orElse(new UiText("consentScreen.giver.alone"));
    }

    private LocalDate today() {
        return LocalDate.now(context.clock());
    }

    public ReadOnlyObjectProperty<List<ConsentViewModel>> consentsProperty() {
        return consents.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Member>> membersProperty() {
        return members.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Contact>> contactsProperty() {
        return contacts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
