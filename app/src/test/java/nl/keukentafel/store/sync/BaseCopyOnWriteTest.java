package nl.keukentafel.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.sync.protocol.Wire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V7: a record that holds exactly the server's copy keeps no second copy of its body as the base (a null base body);
 * the first local write copies the body into the base before overwriting it, so what an edit was based on is never
 * lost. V8: a record the pull brings new gets no base row at all until that first write, which makes it from the record
 * as it was. On a real encrypted vault; the base table is read raw.
 */
class BaseCopyOnWriteTest {
    private static final UUID DOSSIER = UUID.fromString("0190a000-0000-7000-8000-00000000d001");
    private static final RecordRef MEMBER = new RecordRef(RecordKind.MEMBER, UUID.fromString("0190a000-0000-7000-8000-00000000e001"),
            DOSSIER);
    private static final RecordRef FAMILY = new RecordRef(RecordKind.FAMILY, DOSSIER, DOSSIER);

    @TempDir
    Path directory;
    private Vault vault;
    private VaultReplica replica;
    private int cursor;

    @BeforeEach
    void createVault() throws Exception {
        vault = TestVaults.create(new VaultLocation(directory));
        replica = new VaultReplica(vault.database(), vault.audit(), vault.indexer(), Clock.systemUTC());
        pull(FAMILY, 1, false, Map.of("householdName", "Familie Tesselaar", "city", "Den Helder"));
        pull(MEMBER, 1, false, Map.of(Member.Field.GIVEN_NAME, "Jorien", Member.Field.PHONE, "06-10000001"));
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    @Test
    void aPulledRecordKeepsNoSecondBodyAndItsFirstEditCopiesTheServersBodyIntoTheBase() {
        assertThat(rawBase(MEMBER.id())).as("no base row after a pull that brought it new").isNull();
        assertThat(replica.baseVersion(MEMBER.id())).as("its base is its own version").contains(1L);

        vault.records().patch(MEMBER, Map.of(Member.Field.PHONE, "06-20000002")).join();
        RawBase copied = rawBase(MEMBER.id());
        assertThat(copied.version()).isEqualTo(1);
        assertThat(RecordMapper.parse(copied.body()).get(Member.Field.PHONE).asText()).as("the server's value, not the typed one")
                .isEqualTo("06-10000001");
        vault.records().patch(MEMBER, Map.of(Member.Field.PHONE, "06-30000003")).join();
        assertThat(rawBase(MEMBER.id())).as("a later edit leaves the copied base alone").isEqualTo(copied);

        List<Wire.PushEntry> entries = replica.pendingEntries(10);
        assertThat(entries).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.baseVersion()).isEqualTo(1);
            assertThat(entry.baseFields().get(Member.Field.PHONE).asText()).isEqualTo("06-10000001");
        });
    }

    @Test
    void aPulledRecordDeletedHereGetsItsLiveBaseAndTheDeleteIsBasedOnTheServersVersion() {
        vault.records().delete(MEMBER).join();

        RawBase made = rawBase(MEMBER.id());
        assertThat(made).as("made from the record as it was, before the delete").isNotNull();
        assertThat(made.version()).isEqualTo(1);
        assertThat(made.deleted()).isZero();
        assertThat(RecordMapper.parse(made.body()).get(Member.Field.GIVEN_NAME).asText()).isEqualTo("Jorien");
        assertThat(replica.pendingEntries(10)).singleElement().satisfies(entry -> {
            assertThat(entry.op()).isEqualTo("delete");
            assertThat(entry.baseVersion()).isEqualTo(1);
        });
    }

    @Test
    void aRecordNeverOnTheServerGetsNoBaseFromItsEdits() {
        RecordRef local = new RecordRef(RecordKind.CONTACT, UUID.fromString("0190a000-0000-7000-8000-00000000f001"), DOSSIER);
        vault.records().writeAll(List.of(new nl.keukentafel.store.RecordStore.Write(local, Map.of("subject", "eerste gesprek"))))
                .join();
        vault.records().patch(local, Map.of("subject", "tweede gesprek")).join();

        assertThat(rawBase(local.id())).isNull();
        assertThat(replica.baseVersion(local.id())).isEmpty();
        assertThat(replica.pendingEntries(10)).allSatisfy(entry -> assertThat(entry.baseFields()).isNull());
    }

    @Test
    void aPulledNewerCopyOverAnUneditedRecordMovesTheBaseOnWithItAndTheNextEditIsBasedOnIt() {
        pull(MEMBER, 2, false, Map.of(Member.Field.GIVEN_NAME, "Jorien", Member.Field.PHONE, "06-40000004"));
        assertThat(rawBase(MEMBER.id())).isEqualTo(new RawBase(2, null, 0));

        vault.records().patch(MEMBER, Map.of(Member.Field.GIVEN_NAME, "Jo")).join();
        Wire.PushEntry edit = replica.pendingEntries(10).get(0);
        assertThat(edit.baseVersion()).isEqualTo(2);
        assertThat(edit.baseFields().get(Member.Field.GIVEN_NAME).asText()).isEqualTo("Jorien");
        assertThat(RecordMapper.parse(rawBase(MEMBER.id()).body()).get(Member.Field.PHONE).asText()).isEqualTo("06-40000004");
    }

    @Test
    void aRecordWithPendingEditsKeepsTheServersCopyAsItsOwnBaseWhenAPullRebasesIt() {
        vault.records().patch(MEMBER, Map.of(Member.Field.PHONE, "06-20000002")).join();
        pull(MEMBER, 3, false, Map.of(Member.Field.GIVEN_NAME, "Jorina", Member.Field.PHONE, "06-10000001"));

        RawBase rebased = rawBase(MEMBER.id());
        assertThat(rebased.version()).isEqualTo(3);
        assertThat(rebased.body()).as("the record is not the server's copy: the base is written out").isNotNull();
        assertThat(RecordMapper.parse(rebased.body()).get(Member.Field.GIVEN_NAME).asText()).isEqualTo("Jorina");
        assertThat(RecordMapper.parse(rebased.body()).get(Member.Field.PHONE).asText()).isEqualTo("06-10000001");
        ObjectNode local = vault.records().find(MEMBER.id()).orElseThrow().body();
        assertThat(local.get(Member.Field.PHONE).asText()).isEqualTo("06-20000002");
        assertThat(local.get(Member.Field.GIVEN_NAME).asText()).isEqualTo("Jorina");

        vault.records().patch(MEMBER, Map.of(Member.Field.GIVEN_NAME, "Jo")).join();
        assertThat(replica.pendingEntries(10).get(1).baseFields().get(Member.Field.GIVEN_NAME).asText()).isEqualTo("Jorina");
    }

    @Test
    void anAppliedPushLeavesNoSecondBodyAndADeleteAfterItIsBasedOnThePushedRecord() {
        vault.records().patch(MEMBER, Map.of(Member.Field.PHONE, "06-20000002")).join();
        List<Wire.PushEntry> entries = replica.pendingEntries(10);
        replica.acceptPushResults(entries, entries.stream()
                .map(entry -> new Wire.PushResult(entry.clientId(), entry.clientSeq(), entry.recordId(), "applied", 2L, List.of(), null))
                .toList());
        assertThat(rawBase(MEMBER.id())).isEqualTo(new RawBase(2, null, 0));

        vault.records().delete(MEMBER).join();
        RawBase copied = rawBase(MEMBER.id());
        assertThat(copied.deleted()).as("the base is the live record the server holds").isZero();
        assertThat(RecordMapper.parse(copied.body()).get(Member.Field.PHONE).asText()).isEqualTo("06-20000002");
        assertThat(vault.records().find(MEMBER.id()).orElseThrow().deleted()).isTrue();
        assertThat(replica.pendingEntries(10)).singleElement().satisfies(entry -> {
            assertThat(entry.op()).isEqualTo("delete");
            assertThat(entry.baseVersion()).isEqualTo(2);
        });
    }

    private void pull(RecordRef ref, long version, boolean deleted, Map<String, ?> fields) {
        cursor++;
        Wire.RemoteRecord remote = new Wire.RemoteRecord(ref.id(), ref.kind().code(), ref.dossierId(), version, deleted,
                RecordMapper.toNode(fields), "2026-11-24T10:00:00Z");
        replica.applyPullPage(new Wire.PullPage(Wire.SCHEMA, "cursor-" + cursor, false, List.of(remote), List.of(), List.of()),
                Set.of(DOSSIER));
    }

    private RawBase rawBase(UUID recordId) {
        return vault.database().read("base", handle -> {
            try (PreparedStatement select = handle.prepareStatement("select version, body, deleted from record_base where record_id = ?")) {
                select.setString(1, recordId.toString());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? new RawBase(rows.getLong(1), rows.getString(2), rows.getInt(3)) : null;
                }
            }
        });
    }

    private record RawBase(long version, String body, int deleted) {
    }
}
