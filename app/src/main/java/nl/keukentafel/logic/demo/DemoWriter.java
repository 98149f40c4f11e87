package nl.keukentafel.logic.demo;

import java.time.LocalDate;
import java.util.UUID;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.logic.Session;

/**
 * Enters demo families into an unlocked vault through the same services the screens use (create, add,
 * field edits through the autosaver, delete, archive), so the outbox and the audit log look as after real
 * work. Not thread-safe: one writer per session at a time.
 */
public final class DemoWriter {
    private final Session session;

    public DemoWriter(Session session) {
        this.session = session;
    }

    /**
     * Writes the family, then its intake and werkplan up to {@code phase} (through the plan's use cases), and waits until
     * all of it is durable; returns the dossier id. {@code today} anchors the dates, so the same day gives the same vault.
     */
    public UUID write(DemoFamily family, DemoPhase phase, LocalDate today) {
        UUID dossierId = write(family);
        new DemoPlans(session, today).bring(dossierId, phase);
        session.dossiers().flush();
        return dossierId;
    }

    /** Writes the family and waits until all of it is durable; returns the dossier id. */
    public UUID write(DemoFamily family) {
        DossierService dossiers = session.dossiers();
        UUID dossierId = session.caseload().createFamily(family.household().get(Family.Field.HOUSEHOLD_NAME)).join();
        RecordRef household = new RecordRef(RecordKind.FAMILY, dossierId, dossierId);
        family.household().forEach((field, value) -> dossiers.edit(household, field, value));
        for (DemoFamily.DemoMember member : family.members()) {
            RecordRef ref = dossiers.addMember(dossierId, member.role()).join();
            member.fields().forEach((field, value) -> dossiers.edit(ref, field, value));
        }
        for (DemoFamily.DemoContact contact : family.contacts()) {
            RecordRef ref = dossiers.addContact(dossierId, contact.professional()).join();
            contact.fields().forEach((field, value) -> dossiers.edit(ref, field, value));
            if (contact.removed()) {
                dossiers.delete(ref).join();
            }
        }
        dossiers.flush();
        if (family.archived()) {
            session.caseload().setArchived(dossierId, true).join();
        }
        return dossierId;
    }
}
