package nl.keukentafel.gui.evaluation;

import nl.keukentafel.model.Contact;

/** How the tab names a network contact: "name (organisation)", or whichever of the two is there. Stateless. */
final class ContactNames {
    private ContactNames() {
    }

    static String of(Contact contact) {
        return contact.displayName();
    }
}
