package nl.keukentafel.gui.evaluation;

import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Text;

/** How the tab names a network contact: "name (organisation)", or whichever of the two is there. Stateless. */
final class ContactNames {
    private ContactNames() {
    }

    static String of(Contact contact) {
        String name = Text.isBlank(contact.name()) ? "" : contact.name().strip();
        String organisation = Text.isBlank(contact.organisation()) ? "" : contact.organisation().strip();
        return organisation.isEmpty() || organisation.equals(name) ? name
                : name.isEmpty() ? organisation : name + " (" + organisation + ")";
    }
}
