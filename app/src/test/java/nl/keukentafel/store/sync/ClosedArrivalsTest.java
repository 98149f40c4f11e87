package nl.keukentafel.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.PlanIds;
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
 * ADR 0005: what a colleague sends into a dossier closed on this laptop is applied (nothing lost) and noted as arrived
 * after closing (shown), until the dossier is reopened. Real encrypted vault, the protocol's payloads.
 */
class ClosedArrivalsTest {
    @TempDir
    Path directory;
    private Vault vault;
    private VaultReplica replica;
    private UUID dossier;

    @BeforeEach
    void closedDossier() throws Exception {
        vault = TestVaults.create(new VaultLocation(directory));
        replica = new VaultReplica(vault.database(), vault.audit(), vault.indexer(), Clock.systemUTC());
        dossier = TestVaults.writeHousehold(vault).family().id();
        vault.records().createIfAbsent(PlanIds.closure(dossier), Map.of(Closure.Field.CLOSED, true)).join();
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    @Test
    void aPulledActionInAClosedDossierIsKeptAndListedUntilTheDossierIsReopened() {
        RecordRef action = new RecordRef(RecordKind.PLAN_ACTION, UUID.randomUUID(), dossier);
        ObjectNode fields = RecordMapper.toNode(Map.of(Action.Field.WHAT, "Moeder belt de schuldhulp"));

        replica.applyPullPage(new Wire.PullPage(Wire.SCHEMA, "cursor-1", false,
                List.of(new Wire.RemoteRecord(action.id(), action.kind().code(), dossier, 3, false, fields, "2026-12-04T10:00:00Z")),
                List.of(), List.of()), java.util.Set.of(dossier));

        assertThat(vault.records().find(action.id())).isPresent();
        assertThat(vault.closedArrivals().of(dossier)).containsExactly(action);

        vault.records().patch(PlanIds.closure(dossier), Map.of(Closure.Field.CLOSED, false, Closure.Field.REOPEN_REASON, "actie")).join();

        assertThat(vault.closedArrivals().of(dossier)).isEmpty();
    }

    @Test
    void theClosureItselfAndChangesToOpenDossiersAreNoArrivals() {
        vault.records().patch(PlanIds.closure(dossier), Map.of(Closure.Field.CLOSED, false)).join();
        RecordRef action = new RecordRef(RecordKind.PLAN_ACTION, UUID.randomUUID(), dossier);

        replica.applyPullPage(new Wire.PullPage(Wire.SCHEMA, "cursor-1", false, List.of(
                new Wire.RemoteRecord(action.id(), action.kind().code(), dossier, 3, false,
                        RecordMapper.toNode(Map.of(Action.Field.WHAT, "x")), "2026-12-04T10:00:00Z"),
                new Wire.RemoteRecord(PlanIds.closure(dossier).id(), "closure", dossier, 4, false,
                        RecordMapper.toNode(Map.of(Closure.Field.CLOSED, true)), "2026-12-04T10:00:01Z")), List.of(), List.of()),
                java.util.Set.of(dossier));

        assertThat(vault.closedArrivals().of(dossier)).isEmpty();
    }

    @Test
    void whatFollowsAPulledClosureInTheSamePageIsAnArrival() {
        vault.records().patch(PlanIds.closure(dossier), Map.of(Closure.Field.CLOSED, false)).join();
        // the reopening is on the server, so the pulled closure is not rebased onto a pending edit
        List<Wire.PushEntry> entries = replica.pendingEntries(100);
        replica.acceptPushResults(entries, entries.stream().map(entry -> new Wire.PushResult(entry.clientId(), entry.clientSeq(),
                entry.recordId(), "applied", 1L, List.of(), null)).toList());
        RecordRef before = new RecordRef(RecordKind.PLAN_ACTION, UUID.randomUUID(), dossier);
        RecordRef after = new RecordRef(RecordKind.PLAN_ACTION, UUID.randomUUID(), dossier);

        replica.applyPullPage(new Wire.PullPage(Wire.SCHEMA, "cursor-1", false, List.of(
                new Wire.RemoteRecord(before.id(), before.kind().code(), dossier, 3, false,
                        RecordMapper.toNode(Map.of(Action.Field.WHAT, "x")), "2026-12-04T10:00:00Z"),
                new Wire.RemoteRecord(PlanIds.closure(dossier).id(), "closure", dossier, 4, false,
                        RecordMapper.toNode(Map.of(Closure.Field.CLOSED, true)), "2026-12-04T10:00:01Z"),
                new Wire.RemoteRecord(after.id(), after.kind().code(), dossier, 5, false,
                        RecordMapper.toNode(Map.of(Action.Field.WHAT, "y")), "2026-12-04T10:00:02Z")), List.of(), List.of()),
                java.util.Set.of(dossier));

        assertThat(vault.closedArrivals().of(dossier)).containsExactly(after);
    }
}
