package nl.keukentafel.logic;

import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletionException;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.SmallDisk;
import nl.keukentafel.store.StoreException;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A really full disk: the vault lives on a 2 MiB tmpfs that is then filled. Needs permission to mount; skipped
 * where that is not allowed (most CI runners, any non-root user).
 */
class DiskFullTest {
    private SmallDisk disk;
    private SessionManager manager;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = SmallDisk.mount("2m");
    }

    @AfterEach
    void unmount() throws Exception {
        try {
            if (manager != null) {
                manager.lock();
            }
        } finally {
            if (disk != null) {
                disk.close();
            }
        }
    }

    @Test
    void anEditOnAFullDiskIsReportedKeptAndCommittedOnceThereIsRoomAgain() throws Exception {
        VaultLocation location = new VaultLocation(disk.path().resolve("vault"));
        manager = new SessionManager(location, Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        LogicTestSupport.StatusLog statuses = new LogicTestSupport.StatusLog();
        manager.onSaveStatus(statuses);
        Session session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
        TestVaults.Household household = TestVaults.writeHousehold(session.vault());
        session.vault().database().flush();

        Path filler = disk.path().resolve("filler");
        disk.fillLeaving(filler, 0);
        String longText = "x".repeat(20_000);
        assertThatThrownBy(() -> session.vault().records().patch(household.contact(), Map.of("note", longText)).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(StoreException.class, failure -> assertThat(failure.diskFull())
                        .as(() -> causes(failure)).isTrue());

        session.dossiers().edit(household.child(), Member.Field.BIRTH_DATE, "3-4-2015");
        session.dossiers().edit(household.family(), Family.Field.REGISSEUR_NAME, longText);
        assertThatThrownBy(() -> session.dossiers().flush()).isInstanceOf(RuntimeException.class);
        assertThat(statuses.last()).satisfies(status -> {
            assertThat(status.state()).isEqualTo(SaveStatus.State.FAILED);
            assertThat(status.diskFull()).isTrue();
        });
        Dossier meanwhile = session.dossiers().read(household.family().id());
        assertThat(meanwhile.family().householdName()).as("what was saved is still there").isEqualTo(TestVaults.HOUSEHOLD);
        assertThat(meanwhile.members()).extracting(Member::bsn).contains(TestVaults.BSN);
        assertThat(meanwhile.family().regisseurName()).isNull();

        Files.delete(filler);
        LogicTestSupport.awaitCondition("the retry committed", () -> statuses.last().state() == SaveStatus.State.SAVED);
        manager.lock();
        try (Vault reopened = TestVaults.unlock(location)) {
            assertThat(RecordMapper.family(reopened.records().find(household.family().id()).orElseThrow()).regisseurName())
                    .isEqualTo(longText);
            assertThat(RecordMapper.member(reopened.records().find(household.child().id()).orElseThrow()).birthDate())
                    .isEqualTo("3-4-2015");
            assertThat(RecordMapper.member(reopened.records().find(household.parent().id()).orElseThrow()).bsn())
                    .isEqualTo(TestVaults.BSN);
        }
    }

    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable current = failure; current != null; current = current.getCause()) {
            chain.append(current.getClass().getSimpleName()).append(": ").append(current.getMessage()).append(" <- ");
        }
        return chain.toString();
    }
}
