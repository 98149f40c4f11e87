package nl.keukentafel.gui.dossier;

import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Sector;

/** One person or organisation in the family's network as the screen edits it. FX thread only. */
public final class ContactViewModel {
    private final RecordRef ref;
    private final AutosavedText name;
    private final AutosavedText organisation;
    private final AutosavedText relation;
    private final AutosavedText email;
    private final AutosavedText phone;
    private final AutosavedText daysReachable;
    private final AutosavedChoice<Boolean> professional;
    private final AutosavedChoice<Sector> sector;
    private final AutosavedChoice<List<UUID>> aboutMembers;

    public ContactViewModel(Contact contact, DossierService dossiers) {
        ref = new RecordRef(RecordKind.CONTACT, contact.id(), contact.dossierId());
        name = new AutosavedText(contact.name(), typed -> dossiers.edit(ref, Contact.Field.NAME, typed));
        organisation = new AutosavedText(contact.organisation(), typed -> dossiers.edit(ref, Contact.Field.ORGANISATION, typed));
        relation = new AutosavedText(contact.relation(), typed -> dossiers.edit(ref, Contact.Field.RELATION, typed));
        email = new AutosavedText(contact.email(), FieldCheck::email, typed -> dossiers.edit(ref, Contact.Field.EMAIL, typed));
        phone = new AutosavedText(contact.phone(), FieldCheck::phone, typed -> dossiers.edit(ref, Contact.Field.PHONE, typed));
        daysReachable = new AutosavedText(contact.daysReachable(),
                typed -> dossiers.edit(ref, Contact.Field.DAYS_REACHABLE, typed));
        professional = new AutosavedChoice<>(contact.professional(),
                chosen -> dossiers.edit(ref, Contact.Field.PROFESSIONAL, chosen));
        sector = new AutosavedChoice<>(contact.sector(), chosen -> dossiers.edit(ref, Contact.Field.SECTOR, chosen.name()));
        aboutMembers = new AutosavedChoice<>(contact.aboutMembers(), chosen -> dossiers.edit(ref, Contact.Field.ABOUT_MEMBERS, chosen));
    }

    /** Shows what is stored now (after a sync); the field being typed in keeps its text. */
    public void showStored(Contact contact) {
        name.showStored(contact.name());
        organisation.showStored(contact.organisation());
        relation.showStored(contact.relation());
        email.showStored(contact.email());
        phone.showStored(contact.phone());
        daysReachable.showStored(contact.daysReachable());
        professional.showStored(contact.professional());
        sector.showStored(contact.sector());
        aboutMembers.showStored(contact.aboutMembers());
    }

    public RecordRef ref() {
        return ref;
    }

    public ObservableValue<String> displayName() {
        return Bindings.createStringBinding(() -> name.text().strip(), name.textProperty());
    }

    public AutosavedText name() {
        return name;
    }

    public AutosavedText organisation() {
        return organisation;
    }

    public AutosavedText relation() {
        return relation;
    }

    public AutosavedText email() {
        return email;
    }

    public AutosavedText phone() {
        return phone;
    }

    public AutosavedText daysReachable() {
        return daysReachable;
    }

    public AutosavedChoice<Boolean> professional() {
        return professional;
    }

    /** Where the contact belongs (school, JGZ, GP…); no default, the intake's rules of thumb read it. */
    public AutosavedChoice<Sector> sector() {
        return sector;
    }

    /** The members this contact is about; empty means the whole household. */
    public AutosavedChoice<List<UUID>> aboutMembers() {
        return aboutMembers;
    }
}
