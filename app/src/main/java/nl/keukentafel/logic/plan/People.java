package nl.keukentafel.logic.plan;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Action;

/**
 * Resolves the people a plan record points at (members, network contacts, the regisseur) to the names in the
 * dossier, so names are shown from the Gezin and Netwerk tabs and never retyped. Stateless and thread-safe.
 */
public final class People {
    private People() {
    }

    public static Optional<Member> member(Dossier dossier, UUID id) {
        return id == null ? Optional.empty() : dossier.members().stream().filter(member -> member.id().equals(id)).findFirst();
    }

    public static Optional<Contact> contact(Dossier dossier, UUID id) {
        return id == null ? Optional.empty() : dossier.contacts().stream().filter(contact -> contact.id().equals(id)).findFirst();
    }

    /** A member's or contact's name; empty when the id is unknown (removed) or blank. */
    public static String name(Dossier dossier, UUID id) {
        return member(dossier, id).map(Member::fullName)
                .or(() -> contact(dossier, id).map(Contact::name))
                .map(name -> name == null ? "" : name.strip()).orElse("");
    }

    /**
     * Who does an action, by name: the member, the contact, the dossier's regisseur, or the typed name. Empty when no
     * owner is chosen (or the regisseur has no name on the Gezin tab; the screen then shows its role label).
     */
    public static String owner(Dossier dossier, Action action) {
        return owner(action, id -> name(dossier, id), id -> name(dossier, id),
                Text.isBlank(dossier.family().regisseurName()) ? "" : dossier.family().regisseurName().strip());
    }

    /**
     * The same rule with the names as a screen shows them ({@code member}, {@code contact} by id; the regisseur's
     * label): one place decides which owner kind names whom.
     */
    public static String owner(Action action, Function<UUID, String> member, Function<UUID, String> contact, String regisseur) {
        if (action.ownerKind() == null) {
            return "";
        }
        return switch (action.ownerKind()) {
            case MEMBER -> member.apply(action.ownerId());
            case CONTACT -> contact.apply(action.ownerId());
            case REGISSEUR -> regisseur;
            case NAMED -> action.ownerName() == null ? "" : action.ownerName().strip();
        };
    }
}
