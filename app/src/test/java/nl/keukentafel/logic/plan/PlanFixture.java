package nl.keukentafel.logic.plan;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;

/**
 * A real encrypted vault with a session and fictional families, for the plan's use cases. Writes are committed when
 * the methods return. Not thread-safe; each test makes its own and closes it.
 */
final class PlanFixture implements AutoCloseable {
    private final SessionManager manager;
    private final Session session;

    PlanFixture(Path directory) throws Exception {
        manager = new SessionManager(new VaultLocation(directory), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
    }

    Session session() {
        return session;
    }

    PlanService plan() {
        return session.plan();
    }

    UUID family(String name) {
        return session.caseload().createFamily(name).join();
    }

    UUID member(UUID dossier, String givenName, HouseholdRole role, String birthDate) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(Member.Field.GIVEN_NAME, givenName);
        fields.put(Member.Field.ROLE, role.name());
        fields.put(Member.Field.BIRTH_DATE, birthDate);
        return session.vault().records().create(RecordKind.MEMBER, dossier, fields).join().id();
    }

    UUID contact(UUID dossier, String name, boolean professional) {
        return session.vault().records().create(RecordKind.CONTACT, dossier,
                Map.of(Contact.Field.NAME, name, Contact.Field.PROFESSIONAL, professional)).join().id();
    }

    @Override
    public void close() {
        manager.lock();
    }
}
