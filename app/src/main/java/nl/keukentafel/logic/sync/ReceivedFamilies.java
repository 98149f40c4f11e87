package nl.keukentafel.logic.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.store.RecordStore;
import nl.keukentafel.sync.client.LocalReplica;
import nl.keukentafel.sync.protocol.Wire;

/**
 * The vault's replica as the sync engine sees it, counting the families that pulls bring onto this laptop: a family
 * record (a family is its own dossier) not here before its page and here, not deleted, after it. Read around the
 * page's own transaction, by id: only sync writes a pulled id, so nothing else can make one appear in between. Only
 * pages that name a family cost a read. Everything else goes straight to the vault's replica. Thread-safe.
 */
final class ReceivedFamilies implements LocalReplica {
    private final LocalReplica replica;
    private final RecordStore records;
    private final Set<UUID> received = ConcurrentHashMap.newKeySet();

    ReceivedFamilies(LocalReplica replica, RecordStore records) {
        this.replica = replica;
        this.records = records;
    }

    /** The families (dossier ids) received since the last call; the next call starts from none. */
    Set<UUID> take() {
        Set<UUID> taken = new java.util.HashSet<>();
        for (UUID family : received) {
            if (received.remove(family)) {
                taken.add(family);
            }
        }
        return taken;
    }

    @Override
    public int applyPullPage(Wire.PullPage page, Set<UUID> caseload) {
        List<UUID> absent = new ArrayList<>();
        for (Wire.RemoteRecord remote : page.records()) {
            if (RecordKind.FAMILY.code().equals(remote.kind()) && !remote.deleted() && records.find(remote.id()).isEmpty()) {
                absent.add(remote.id());
            }
        }
        int refused = replica.applyPullPage(page, caseload);
        for (UUID family : absent) {
            if (records.find(family).filter(stored -> !stored.deleted()).isPresent()) {
                received.add(family);
            }
        }
        return refused;
    }

    @Override
    public UUID clientId() {
        return replica.clientId();
    }

    @Override
    public List<Wire.PushEntry> pendingEntries(int maxEntries) {
        return replica.pendingEntries(maxEntries);
    }

    @Override
    public void acceptPushResults(List<Wire.PushEntry> sent, List<Wire.PushResult> results) {
        replica.acceptPushResults(sent, results);
    }

    @Override
    public Optional<String> pullCursor() {
        return replica.pullCursor();
    }

    @Override
    public Optional<String> refreshToken() {
        return replica.refreshToken();
    }

    @Override
    public void storeTokens(Wire.TokenGrant grant) {
        replica.storeTokens(grant);
    }

    @Override
    public void clearTokens() {
        replica.clearTokens();
    }

    @Override
    public int openConflictCount() {
        return replica.openConflictCount();
    }

    @Override
    public int rejectedCount() {
        return replica.rejectedCount();
    }
}
