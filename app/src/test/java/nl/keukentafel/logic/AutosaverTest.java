package nl.keukentafel.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autosaver against a real vault: edits become durable, failed commits are kept and retried. */
class AutosaverTest {
    @TempDir
    Path directory;
    private final LogicTestSupport.StatusLog statuses = new LogicTestSupport.StatusLog();
    private Vault vault;
    private Autosaver autosaver;
    private RecordRef family;

    @BeforeEach
    void openVault() throws Exception {
        vault = TestVaults.create(new VaultLocation(directory));
        family = vault.records().create(RecordKind.FAMILY, null, java.util.Map.of(Family.Field.HOUSEHOLD_NAME,
                TestVaults.HOUSEHOLD)).join();
        autosaver = new Autosaver(vault.records(), Clock.systemUTC(), statuses);
    }

    @AfterEach
    void closeVault() {
        try {
            autosaver.close();
        } finally {
            vault.close();
        }
    }

    private String stored(RecordRef ref, String field) {
        var value = vault.records().find(ref.id()).orElseThrow().body().get(field);
        return value == null ? null : value.asText();
    }

    @Test
    void anEditIsCommittedByTheTickerWithoutAnyoneAskingAndReportedAsSaved() throws Exception {
        autosaver.edit(family, Family.Field.STREET, TestVaults.STREET);
        assertThat(statuses.last().state()).isEqualTo(SaveStatus.State.PENDING);
        LogicTestSupport.awaitCondition("the ticker committed the edit", () -> TestVaults.STREET.equals(stored(family,
                Family.Field.STREET)));
        LogicTestSupport.awaitCondition("saved is reported", () -> statuses.last().state() == SaveStatus.State.SAVED);
    }

    @Test
    void aWriteAroundTheBufferIsReportedSavedUnlessTypedEditsStillWait() throws Exception {
        autosaver.written();
        assertThat(statuses.last().state()).as("nothing typed waits: saved").isEqualTo(SaveStatus.State.SAVED);

        autosaver.edit(family, Family.Field.STREET, TestVaults.STREET);
        autosaver.written();
        if (autosaver.hasPending()) {
            assertThat(statuses.last().state()).as("typed text not yet committed: still pending").isEqualTo(SaveStatus.State.PENDING);
        }
        LogicTestSupport.awaitCondition("saved once the typing is committed", () -> statuses.last().state() == SaveStatus.State.SAVED);
    }

    @Test
    void keystrokesOnOneFieldEndAsItsLastValue() {
        for (String typed : new String[] {"Z", "Zw", "Zwa", "Zwal", TestVaults.STREET}) {
            autosaver.edit(family, Family.Field.STREET, typed);
        }
        autosaver.flush();
        assertThat(stored(family, Family.Field.STREET)).isEqualTo(TestVaults.STREET);
        assertThat(statuses.last()).satisfies(status -> {
            assertThat(status.state()).isEqualTo(SaveStatus.State.SAVED);
            assertThat(status.diskFull()).isFalse();
        });
    }

    @Test
    void aFailedCommitKeepsTheEditAndTheRetryCommitsIt() throws Exception {
        refuseRecordUpdates(true);
        autosaver.edit(family, Family.Field.STREET, "Eerste poging 1");
        autosaver.edit(family, Family.Field.CITY, TestVaults.CITY);
        assertThatThrownBy(autosaver::flush).isInstanceOf(RuntimeException.class);
        assertThat(statuses.all()).extracting(SaveStatus::state).contains(SaveStatus.State.FAILED);
        assertThat(statuses.all()).filteredOn(status -> status.state() == SaveStatus.State.FAILED)
                .allSatisfy(status -> assertThat(status.diskFull()).isFalse());
        assertThat(stored(family, Family.Field.STREET)).isNull();

        autosaver.edit(family, Family.Field.STREET, TestVaults.STREET);
        refuseRecordUpdates(false);
        LogicTestSupport.awaitCondition("the retry committed", () -> TestVaults.STREET.equals(stored(family,
                Family.Field.STREET)));
        assertThat(stored(family, Family.Field.CITY)).as("the failed batch's other field").isEqualTo(TestVaults.CITY);
        LogicTestSupport.awaitCondition("saved is reported", () -> statuses.last().state() == SaveStatus.State.SAVED);
    }

    @Test
    void aFullDatabaseIsReportedAsDiskFullAndTheEditIsSavedWhenThereIsRoomAgain() throws Exception {
        TestVaults.limitPages(vault, true);
        autosaver.edit(family, Family.Field.REGISSEUR_NAME, "x".repeat(50_000));
        assertThatThrownBy(autosaver::flush).isInstanceOf(RuntimeException.class);
        assertThat(statuses.last()).satisfies(status -> {
            assertThat(status.state()).isEqualTo(SaveStatus.State.FAILED);
            assertThat(status.diskFull()).isTrue();
        });
        assertThat(stored(family, Family.Field.HOUSEHOLD_NAME)).as("saved before").isEqualTo(TestVaults.HOUSEHOLD);
        TestVaults.limitPages(vault, false);
        LogicTestSupport.awaitCondition("the retry committed", () -> stored(family, Family.Field.REGISSEUR_NAME) != null);
        LogicTestSupport.awaitCondition("saved is reported", () -> statuses.last().state() == SaveStatus.State.SAVED);
    }

    @Test
    void anEditOfARecordThatDoesNotExistFailsAndIsKeptWhileOtherEditsCommit() {
        RecordRef missing = new RecordRef(RecordKind.MEMBER, UUID.randomUUID(), family.id());
        autosaver.edit(missing, Member.Field.GIVEN_NAME, "Niemand");
        autosaver.edit(family, Family.Field.CITY, TestVaults.CITY);
        assertThatThrownBy(autosaver::flush).isInstanceOf(RuntimeException.class);
        assertThat(stored(family, Family.Field.CITY)).isEqualTo(TestVaults.CITY);
        assertThat(autosaver.hasPending()).isTrue();
        assertThatThrownBy(autosaver::flush).as("still kept, still failing").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(autosaver::close).as("closing says what could not be saved").isInstanceOf(RuntimeException.class);
        autosaver = new Autosaver(vault.records(), Clock.systemUTC(), statuses);
    }

    @Test
    void aFlushWaitsForACommitTheTickerHasAlreadyTakenOver() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> heldWriter = vault.database().write("hold the writer", handle -> {
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        autosaver.edit(family, Family.Field.STREET, TestVaults.STREET);
        LogicTestSupport.awaitCondition("the ticker took the edit", () -> !autosaver.hasPending());
        AtomicReference<String> seenAfterFlush = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            autosaver.flush();
            seenAfterFlush.set(String.valueOf(stored(family, Family.Field.STREET)));
        }, "caller");
        caller.start();
        LogicTestSupport.awaitCondition("the caller waits or is done", () -> caller.getState() == Thread.State.BLOCKED
                || caller.getState() == Thread.State.WAITING || caller.getState() == Thread.State.TERMINATED);
        release.countDown();
        heldWriter.join();
        caller.join();
        assertThat(seenAfterFlush.get()).as("flush returned only after the edit was durable").isEqualTo(TestVaults.STREET);
    }

    /**
     * The indicator must end on "saved" once everything is durable, even when the ticker commits the edit before
     * the "pending" for that same edit reached the listener. A slow listener makes that interleaving happen.
     */
    @Test
    void theLastStatusIsSavedEvenWhenTheCommitOvertakesThePendingReport() throws Exception {
        autosaver.close();
        LogicTestSupport.StatusLog slowStatuses = new LogicTestSupport.StatusLog();
        autosaver = new Autosaver(vault.records(), Clock.systemUTC(), status -> {
            if (status.state() == SaveStatus.State.PENDING) {
                java.time.Instant limit = java.time.Instant.now().plusSeconds(1);
                while (stored(family, Family.Field.CITY) == null && java.time.Instant.now().isBefore(limit)) {
                    Thread.onSpinWait();
                }
            }
            slowStatuses.accept(status);
        });
        autosaver.edit(family, Family.Field.CITY, TestVaults.CITY);
        autosaver.flush();
        assertThat(stored(family, Family.Field.CITY)).isEqualTo(TestVaults.CITY);
        assertThat(slowStatuses.last().state()).isEqualTo(SaveStatus.State.SAVED);
    }

    @Test
    void closeCommitsWhatIsPendingSoAFreshUnlockReadsIt() throws Exception {
        autosaver.edit(family, Family.Field.POSTAL_CODE, TestVaults.POSTAL_CODE);
        autosaver.close();
        vault.close();
        try (Vault reopened = TestVaults.unlock(new VaultLocation(directory))) {
            assertThat(RecordMapper.family(reopened.records().find(family.id()).orElseThrow()).postalCode())
                    .isEqualTo(TestVaults.POSTAL_CODE);
        }
        vault = TestVaults.unlock(new VaultLocation(directory));
        autosaver = new Autosaver(vault.records(), Clock.systemUTC(), statuses);
    }

    /** A real refusal by SQLite on the writer's connection: a temporary trigger that aborts every record update. */
    private void refuseRecordUpdates(boolean refuse) {
        vault.database().write("test trigger", handle -> {
            try (Statement statement = handle.createStatement()) {
                statement.execute(refuse ? "create temp trigger refuse_update before update on main.record"
                        + " begin select raise(abort, 'refused by test'); end" : "drop trigger temp.refuse_update");
            }
            return null;
        }).join();
    }
}
