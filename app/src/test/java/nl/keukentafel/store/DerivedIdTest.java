package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.RecordIds;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records there is one of per parent: the same derived id on every laptop, created once, never overwritten. */
class DerivedIdTest {
    @TempDir
    Path directory;

    @Test
    void derivedIdsAreStableAndDistinctPerPart() {
        UUID dossier = UUID.fromString("0190a000-0000-7000-8000-000000000001");
        assertThat(RecordIds.derived(dossier, "intake")).isEqualTo(RecordIds.derived(dossier, "intake"))
                .isNotEqualTo(RecordIds.derived(dossier, "genogram"));
        assertThat(RecordIds.derived(dossier, "domain", "FIN")).isNotEqualTo(RecordIds.derived(dossier, "domain", "WERK"))
                // the separator keeps ("a/b") and ("a", "b") apart from ("ab")
                .isNotEqualTo(RecordIds.derived(dossier, "domainFIN"));
        assertThat(RecordIds.derived(dossier, "intake").version()).isEqualTo(5);
    }

    @Test
    void createIfAbsentWritesOnceAndKeepsWhatWasTypedSince() throws Exception {
        try (Vault vault = Vault.create(new VaultLocation(directory), "appel peer banaan kiwi".toCharArray(), "Test",
                KdfParams.FAST_FOR_TESTS, Clock.systemUTC())) {
            RecordRef family = vault.records().create(RecordKind.FAMILY, null, Map.of(Family.Field.HOUSEHOLD_NAME, "Familie Test")).join();
            RecordRef intake = new RecordRef(RecordKind.INTAKE, RecordIds.derived(family.id(), "intake"), family.id());

            assertThat(vault.records().createIfAbsent(intake, Map.of(Intake.Field.STARTED_ON, "01-12-2026")).join()).isTrue();
            vault.records().patch(intake, Map.of(Intake.Field.NOTES, "eerste notitie")).join();
            assertThat(vault.records().createIfAbsent(intake, Map.of(Intake.Field.STARTED_ON, "02-12-2026")).join()).isFalse();

            StoredRecord stored = vault.records().find(intake.id()).orElseThrow();
            assertThat(stored.body().get(Intake.Field.STARTED_ON).asText()).isEqualTo("01-12-2026");
            assertThat(stored.body().get(Intake.Field.NOTES).asText()).isEqualTo("eerste notitie");
            assertThat(vault.audit().forDossier(family.id())).extracting(AuditLog.Entry::action)
                    .containsExactly("update", "create", "create");
        }
    }
}
