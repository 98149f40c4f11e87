package nl.keukentafel.logic;

import java.util.List;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;

/** A family dossier as read at one moment: the household, its members and its network. Immutable. */
public record Dossier(Family family, List<Member> members, List<Contact> contacts) {
    public Dossier {
        members = List.copyOf(members);
        contacts = List.copyOf(contacts);
    }
}
