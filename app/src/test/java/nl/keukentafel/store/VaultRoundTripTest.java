package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultRoundTripTest {
    private static final char[] PASSPHRASE = "appel peer banaan kiwi".toCharArray();

    @TempDir
    Path directory;

    @Test
    void whatIsWrittenComesBackAfterLockAndUnlock() throws Exception {
        VaultLocation location = new VaultLocation(directory);
        RecordRef member;
        try (Vault vault = Vault.create(location, PASSPHRASE.clone(), "Test Consulent", KdfParams.FAST_FOR_TESTS, Clock.systemUTC())) {
            RecordRef family = vault.records().create(RecordKind.FAMILY, null,
                    Map.of(Family.Field.HOUSEHOLD_NAME, "Familie Zonnebloem", Family.Field.ARCHIVED, false)).join();
            member = vault.records().create(RecordKind.MEMBER, family.id(), Map.of(Member.Field.GIVEN_NAME, "Ötje")).join();
            vault.records().patch(member, Map.of(Member.Field.BSN, "123456782")).join();
        }
        try (Vault vault = Vault.unlock(location, PASSPHRASE.clone(), Clock.systemUTC())) {
            StoredRecord stored = vault.records().find(member.id()).orElseThrow();
            assertThat(RecordMapper.member(stored).bsn()).isEqualTo("123456782");
            assertThat(RecordMapper.member(stored).givenName()).isEqualTo("Ötje");
            assertThat(vault.caseload().search("otje", false, 10)).extracting(CaseloadQuery.Row::householdName)
                    .containsExactly("Familie Zonnebloem");
            assertThat(vault.audit().forDossier(member.dossierId())).extracting(AuditLog.Entry::action)
                    .containsExactly("update", "create", "create");
        }
        assertThat(new String(Files.readAllBytes(location.database()), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Zonnebloem");
    }

    @Test
    void wrongPassphraseFailsCleanly() throws Exception {
        VaultLocation location = new VaultLocation(directory);
        Vault.create(location, PASSPHRASE.clone(), "Test", KdfParams.FAST_FOR_TESTS, Clock.systemUTC()).close();
        assertThatThrownBy(() -> Vault.unlock(location, "fout fout fout fout".toCharArray(), Clock.systemUTC()))
                .isInstanceOfSatisfying(VaultException.class,
                        failure -> assertThat(failure.reason()).isEqualTo(VaultException.Reason.WRONG_PASSPHRASE));
    }
}
