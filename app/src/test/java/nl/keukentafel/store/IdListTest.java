package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list of ids as one JSON parameter ({@link IdList}) on a real encrypted vault: it finds exactly the records asked for,
 * far beyond the 500 ids an IN list of bound parameters could hold, and SQLite looks each id up in the index instead of
 * reading the whole table.
 */
class IdListTest {
    @TempDir
    Path directory;
    private Vault vault;

    @BeforeEach
    void createVault() throws Exception {
        vault = TestVaults.create(new VaultLocation(directory));
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    @Test
    void twoThousandIdsFindExactlyTheRecordsThatExist() {
        UUID dossier = UUID.randomUUID();
        List<RecordStore.Write> writes = new ArrayList<>();
        List<UUID> asked = new ArrayList<>();
        for (int index = 0; index < 1_200; index++) {
            RecordRef contact = new RecordRef(RecordKind.CONTACT, UUID.randomUUID(), dossier);
            writes.add(new RecordStore.Write(contact, Map.of("subject", "gesprek " + index)));
            if (index % 2 == 0) {
                asked.add(contact.id());
            }
        }
        vault.records().writeAll(writes).join();
        for (int index = 0; index < 1_400; index++) {
            asked.add(UUID.randomUUID());
        }
        asked.add(asked.get(0));

        Map<UUID, StoredRecord> found = vault.database().read("ids", handle -> RecordStore.findAll(handle, asked));

        assertThat(found).hasSize(600);
        assertThat(found.keySet()).allSatisfy(id -> assertThat(asked).contains(id));
        Map<UUID, StoredRecord> none = vault.database().read("none", handle -> RecordStore.findAll(handle, List.of()));
        assertThat(none).isEmpty();
    }

    @Test
    void eachIdIsLookedUpInTheIndex() {
        assertThat(plan("select * from record where id" + IdList.IN)).contains("USING INDEX").doesNotContain("SCAN record");
        assertThat(plan("select * from record where dossier_id" + IdList.IN + " and deleted = 0 and kind in ('family', 'member')"))
                .contains("USING INDEX record_by_dossier").doesNotContain("SCAN record");
    }

    private String plan(String sql) {
        return vault.database().read("plan", handle -> {
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain = handle.prepareStatement("explain query plan " + sql)) {
                explain.setString(1, IdList.json(List.of(UUID.randomUUID())));
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString("detail")).append('\n');
                    }
                }
            }
            return plan.toString();
        });
    }
}
