package nl.keukentafel.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.sync.StoredConflict;

/**
 * The three promises every fault test ends with. Converged: the server and every vault hold the same live records
 * with the same fields and the same open conflicts, and no vault has anything left to send. Nothing lost: every
 * value a consultant typed last is the server's value, in the record's history, or kept in a conflict or the
 * quarantine. Nothing duplicated: no client sequence number made two versions, two conflicts or two quarantine rows.
 * Not thread-safe.
 */
public final class Convergence {
    private Convergence() {
    }

    public static void assertConverged(ServerView server, Collection<UUID> dossiers, FaultClient... clients) throws IOException {
        for (FaultClient client : clients) {
            assertThat(client.replica().pendingCount()).as("outbox of %s after syncing until quiet", client.directory().getFileName())
                .isZero();
        }
        for (UUID dossier : dossiers) {
            Map<UUID, ServerView.ServerRecord> onServer = server.records(dossier);
            Map<UUID, JsonNode> serverLive = new TreeMap<>();
            onServer.values().stream().filter(record -> !record.deleted()).forEach(record -> serverLive.put(record.id(), record.fields()));
            Set<UUID> serverConflicts = server.openConflicts(dossier).stream()
                .map(conflict -> UUID.fromString(conflict.get("id").asText())).collect(Collectors.toCollection(TreeSet::new));
            for (FaultClient client : clients) {
                Map<UUID, JsonNode> local = new TreeMap<>();
                for (StoredRecord record : client.vault().records().dossierRecords(dossier)) {
                    local.put(record.ref().id(), record.body());
                }
                assertThat(local).as("live records of dossier %s in %s vs the server", dossier, client.directory().getFileName())
                    .isEqualTo(serverLive);
                Set<UUID> localConflicts = client.replica().conflicts(dossier, true).stream().map(StoredConflict::id)
                    .collect(Collectors.toCollection(TreeSet::new));
                assertThat(localConflicts).as("open conflicts of dossier %s in %s", dossier, client.directory().getFileName())
                    .isEqualTo(serverConflicts);
            }
        }
    }

    public static void assertNothingLost(ServerView server, Ledger ledger) throws IOException {
        Map<UUID, Map<UUID, ServerView.ServerRecord>> byDossier = new TreeMap<>();
        Map<UUID, List<JsonNode>> conflictsByDossier = new TreeMap<>();
        for (Ledger.Write write : ledger.writes()) {
            Map<UUID, ServerView.ServerRecord> records = byDossier.computeIfAbsent(write.dossierId(), id -> read(server, id));
            assertThat(records).as("record %s reached the server", write.recordId()).containsKey(write.recordId());
            ServerView.ServerRecord current = records.get(write.recordId());
            if (write.value().equals(current.fields().get(write.field()))) {
                continue;
            }
            List<JsonNode> conflicts = conflictsByDossier.computeIfAbsent(write.dossierId(), id -> conflicts(server, id));
            if (conflicts.stream().anyMatch(conflict -> keeps(conflict, write))) {
                continue;
            }
            boolean inHistory = server.history(write.recordId()).stream()
                .anyMatch(version -> write.value().equals(version.path("fields").get(write.field())));
            assertThat(inHistory).as("%s's value for field %s of record %s is current, in its history or in a conflict",
                write.client(), write.field(), write.recordId()).isTrue();
        }
        for (UUID created : ledger.createdRecords()) {
            assertThat(byDossier.values().stream().anyMatch(records -> records.containsKey(created)))
                .as("created record %s is on the server", created).isTrue();
        }
    }

    public static void assertNothingDuplicated(ServerView server) {
        assertThat(server.count("select count(*) from (select client_id, client_seq from record_version"
            + " group by client_id, client_seq having count(*) > 1) doubled")).as("versions made twice from one client entry").isZero();
        assertThat(server.count("select count(*) from (select client_id, client_seq, coalesce(field, '') from conflict"
            + " group by 1, 2, 3 having count(*) > 1) doubled")).as("conflicts made twice from one client entry").isZero();
        assertThat(server.count("select count(*) from (select client_id, client_seq from quarantine where client_seq is not null"
            + " group by client_id, client_seq having count(*) > 1) doubled")).as("quarantine rows made twice").isZero();
    }

    private static boolean keeps(JsonNode conflict, Ledger.Write write) {
        if (!conflict.path("recordId").asText().equals(write.recordId().toString())) {
            return false;
        }
        for (String side : List.of("server", "client")) {
            JsonNode value = conflict.path(side).path("value");
            if (conflict.path("field").isNull() || conflict.path("field").isMissingNode()) {
                if (write.value().equals(value.get(write.field()))) {
                    return true;
                }
            } else if (conflict.path("field").asText().equals(write.field()) && write.value().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static Map<UUID, ServerView.ServerRecord> read(ServerView server, UUID dossier) {
        try {
            return server.records(dossier);
        } catch (IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }

    private static List<JsonNode> conflicts(ServerView server, UUID dossier) {
        try {
            return server.allConflicts(dossier);
        } catch (IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }
}
