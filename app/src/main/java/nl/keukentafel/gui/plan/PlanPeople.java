package nl.keukentafel.gui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.plan.People;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.OwnerKind;

/**
 * The people of one dossier as the plan names them: members, network contacts and the regisseur, and the one list
 * an action's owner is chosen from (members, contacts, the regisseur, "anders" with a typed name). Immutable.
 */
record PlanPeople(Dossier dossier, String regisseur) {

    /** The regisseur as the Gezin tab names them ("Mirjam de Vries (regisseur)"), or the role alone. */
    static PlanPeople of(Dossier dossier, nl.keukentafel.i18n.Localization localization) {
        String name = dossier.family() == null ? null : dossier.family().regisseurName();
        return new PlanPeople(dossier, name == null || name.isBlank() ? localization.get("planscreen.regisseur")
                : localization.get("planscreen.regisseur.named", name.strip()));
    }

    /** One line of the owner drop-down. {@code id} is null for the regisseur and for "anders". */
    record Owner(OwnerKind kind, UUID id, String label) {
    }

    String memberName(UUID id) {
        return People.member(dossier, id).map(PlanPeople::name).orElse("?");
    }

    static String name(Member member) {
        String given = member.givenName();
        return given == null || given.isBlank() ? member.fullName() : given;
    }

    static String name(Contact contact) {
        return contact.displayName();
    }

    List<Owner> owners(String otherLabel) {
        List<Owner> owners = new ArrayList<>();
        dossier.members().forEach(member -> owners.add(new Owner(OwnerKind.MEMBER, member.id(), name(member))));
        dossier.contacts().forEach(contact -> owners.add(new Owner(OwnerKind.CONTACT, contact.id(), name(contact))));
        owners.add(new Owner(OwnerKind.REGISSEUR, null, regisseur));
        owners.add(new Owner(OwnerKind.NAMED, null, otherLabel));
        return owners;
    }

    /** The drop-down line an action's stored owner matches; null when none is chosen yet. */
    static Owner ownerOf(Action action, List<Owner> owners) {
        if (action.ownerKind() == null) {
            return null;
        }
        return owners.stream().filter(owner -> owner.kind() == action.ownerKind()
                && (owner.id() == null || Objects.equals(owner.id(), action.ownerId()))).findFirst().orElse(null);
    }

    /** Who does an action, as one line for the overview and the comparison. */
    String ownerName(Action action) {
        return People.owner(action, this::memberName, this::contactName, regisseur);
    }

    private String contactName(UUID id) {
        return People.contact(dossier, id).map(PlanPeople::name).orElse("?");
    }
}
