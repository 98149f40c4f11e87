package nl.keukentafel.logic.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Sector;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;

/**
 * A real encrypted vault with a session, and fictional families written through the record store. Members and
 * contacts are committed when the methods return. Not thread-safe; each test makes its own and closes it.
 */
public final class IntakeFixture implements AutoCloseable {
    private final SessionManager manager;
    private final Session session;

    public IntakeFixture(Path directory) throws Exception {
        manager = new SessionManager(new VaultLocation(directory), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
    }

    public Session session() {
        return session;
    }

    public IntakeService intake() {
        return session.intake();
    }

    public UUID family(String name) {
        return session.caseload().createFamily(name).join();
    }

    public UUID member(UUID dossier, String givenName, HouseholdRole role, String birthDate) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(Member.Field.GIVEN_NAME, givenName);
        fields.put(Member.Field.ROLE, role.name());
        if (birthDate != null) {
            fields.put(Member.Field.BIRTH_DATE, birthDate);
        }
        return session.vault().records().create(RecordKind.MEMBER, dossier, fields).join().id();
    }

    public UUID contact(UUID dossier, String name, Sector sector, boolean professional, UUID... aboutMembers) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(Contact.Field.NAME, name);
        fields.put(Contact.Field.PROFESSIONAL, professional);
        fields.put(Contact.Field.SECTOR, sector.name());
        fields.put(Contact.Field.ABOUT_MEMBERS, List.of(aboutMembers));
        return session.vault().records().create(RecordKind.CONTACT, dossier, fields).join().id();
    }

    /** Sets fields directly (committed on return), as a screen's edits end up after the autosaver. */
    public void patch(RecordRef ref, Map<String, ?> fields) {
        session.vault().records().patch(ref, fields).join();
    }

    public IntakeState read(UUID dossier) {
        return session.intake().read(dossier);
    }

    @Override
    public void close() {
        manager.lock();
    }
}
