package nl.keukentafel.faults;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.sync.VaultReplica;
import nl.keukentafel.sync.client.SyncApi;
import nl.keukentafel.sync.client.SyncEngine;

/**
 * A laptop in its own JVM for {@link ClientKillTest}: unlocks the vault, runs one sync round with the refresh token
 * the vault holds, and exits. The test SIGKILLs it while it applies pulled pages. Not thread-safe (a process).
 */
public final class ClientChild {
    private ClientChild() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        URI server = URI.create(args[1]);
        Vault vault = Vault.unlock(new VaultLocation(directory), FaultClient.PASSPHRASE.clone(), Clock.systemUTC());
        VaultReplica replica = new VaultReplica(vault.database(), vault.audit(), vault.indexer(), Clock.systemUTC());
        SyncEngine engine = new SyncEngine(new SyncApi(server), replica, Clock.systemUTC(), status -> { });
        System.out.println("round started");
        engine.runRound();
        vault.close();
        System.out.println("round done");
        System.exit(0);
    }
}
