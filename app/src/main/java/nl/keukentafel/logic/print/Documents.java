package nl.keukentafel.logic.print;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.keukentafel.logic.plan.People;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.Intake;

/** Small lookups the document templates share: names, life-domain labels, who a contact is. Stateless and thread-safe. */
final class Documents {
    private Documents() {
    }

    static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** The members' names, joined; removed members are left out. */
    static String names(PrintContext context, List<UUID> ids) {
        return ids.stream().map(id -> People.name(context.dossier(), id)).filter(name -> !name.isBlank())
                .collect(Collectors.joining(", "));
    }

    /**
     * A life domain's label from the intake's own list: the client-friendly one for the family (falling back to the
     * professional label when the list has none), the professional one otherwise; the code itself when unknown.
     */
    static String domainLabel(PrintContext context, String code, boolean forFamily) {
        DomainList list = context.sources().intake().intake().map(Intake::domainList).orElse(null);
        if (list == null) {
            return code;
        }
        return list.domains().stream().filter(domain -> Objects.equals(domain.code(), code)).findFirst()
                .map(domain -> forFamily && !Text.isBlank(domain.clientLabel()) ? domain.clientLabel() : domain.label())
                .orElse(code);
    }

    /** "Juf, De Regenboog": the relation and the organisation as typed on the Netwerk tab. */
    static String whoIsThat(Contact contact) {
        String joined = Text.joinNonBlank(", ", contact.relation(), contact.organisation());
        return Text.isBlank(joined) ? "—" : joined;
    }
}
