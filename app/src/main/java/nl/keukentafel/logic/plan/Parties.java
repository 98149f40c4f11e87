package nl.keukentafel.logic.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import nl.keukentafel.logic.intake.Ages;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PartyRole;

/**
 * Who is asked to agree to a plan version (the werkwijze): each parent (also one living elsewhere), each child aged
 * 12 or more on the day, the professional contacts, and the regisseur. Marks start empty: the consultant sets them.
 * A child whose age cannot be read is listed, because leaving a child out silently is worse than one line too many.
 * Stateless and thread-safe.
 */
public final class Parties {
    /** From this age a child agrees to the plan themselves. */
    public static final int CHILD_AGREES_FROM = 12;

    private Parties() {
    }

    public static List<Party> expected(PlanState state, LocalDate on) {
        List<Party> parties = new ArrayList<>();
        for (Member member : state.dossier().members()) {
            if (member.role() == HouseholdRole.PARENT) {
                parties.add(new Party(member.id(), member.fullName(), PartyRole.PARENT, null, ""));
            }
        }
        for (Member member : state.dossier().members()) {
            OptionalInt age = Ages.ageOn(member.birthDate(), on);
            if (member.role() == HouseholdRole.CHILD && (age.isEmpty() || age.getAsInt() >= CHILD_AGREES_FROM)) {
                parties.add(new Party(member.id(), member.fullName(), PartyRole.CHILD, null, ""));
            }
        }
        for (Contact contact : state.dossier().contacts()) {
            if (contact.professional()) {
                parties.add(new Party(contact.id(), contact.name(), PartyRole.PROFESSIONAL, null, ""));
            }
        }
        String regisseur = state.dossier().family().regisseurName();
        parties.add(new Party(null, Text.isBlank(regisseur) ? "" : regisseur.strip(), PartyRole.REGISSEUR, null, ""));
        return parties;
    }
}
