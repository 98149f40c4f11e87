package nl.keukentafel.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.VaultException;
import nl.keukentafel.sync.client.SyncException;

/**
 * The usual cast: a server, a fault proxy in front of it, and two consultants (casusregisseur "anna" and
 * procesregisseur "bram") who share some fictional families, both synced once before the test's trouble starts.
 * Every edit made through {@link #edit}, {@link #add} and {@link #delete} is written into the {@link Ledger}.
 * Not thread-safe.
 */
public final class Scenario implements AutoCloseable {
    public final ServerProcess server;
    public final Path serverData;
    public final FaultProxy proxy;
    public final FaultClient anna;
    public final FaultClient bram;
    public final String annaUser;
    public final String bramUser;
    public final Ledger ledger = new Ledger();
    public final List<UUID> dossiers = new ArrayList<>();
    public final List<RecordRef> records = new ArrayList<>();

    private Scenario(ServerProcess server, Path serverData, Path directory, Clock annaClock, Clock bramClock) throws IOException,
            VaultException {
        this.server = server;
        this.serverData = serverData;
        this.annaUser = SharedServer.uniqueUser("anna");
        this.bramUser = SharedServer.uniqueUser("bram");
        server.user(annaUser);
        server.user(bramUser);
        this.proxy = new FaultProxy(server.uri());
        this.anna = FaultClient.create(directory.resolve("anna"), "Anna de Vries", proxy.uri(), annaClock);
        this.bram = FaultClient.create(directory.resolve("bram"), "Bram Jansen", proxy.uri(), bramClock);
    }

    /** Both consultants logged in, {@code families} families of two members each made by anna and shared with bram. */
    public static Scenario start(ServerProcess server, Path serverData, Path directory, int families, Clock annaClock,
                                 Clock bramClock) throws IOException, VaultException, SyncException {
        Scenario scenario = new Scenario(server, serverData, directory, annaClock, bramClock);
        scenario.anna.login(scenario.annaUser);
        scenario.bram.login(scenario.bramUser);
        for (int index = 0; index < families; index++) {
            RecordRef family = scenario.add(scenario.anna, RecordKind.FAMILY, null,
                Map.of(Family.Field.HOUSEHOLD_NAME, "Familie Testhuis " + index, Family.Field.CITY, "Zwolle"));
            scenario.dossiers.add(family.dossierId());
            scenario.add(scenario.anna, RecordKind.MEMBER, family.dossierId(),
                Map.of(Member.Field.GIVEN_NAME, "Sanne", Member.Field.FAMILY_NAME, "Testhuis" + index, Member.Field.PHONE, "0612345678"));
            scenario.add(scenario.anna, RecordKind.MEMBER, family.dossierId(),
                Map.of(Member.Field.GIVEN_NAME, "Daan", Member.Field.FAMILY_NAME, "Testhuis" + index));
        }
        scenario.anna.syncThrough(3);
        for (UUID dossier : scenario.dossiers) {
            server.assign(dossier, scenario.bramUser);
        }
        scenario.bram.syncThrough(3);
        return scenario;
    }

    public static Scenario start(Path directory, int families) throws IOException, VaultException, SyncException {
        return start(SharedServer.get(), SharedServer.data(), directory, families, Clock.systemUTC(), Clock.systemUTC());
    }

    public RecordRef add(FaultClient client, RecordKind kind, UUID dossierId, Map<String, ?> fields) {
        RecordRef ref = client.create(kind, dossierId, fields);
        records.add(ref);
        ledger.created(name(client), ref.id(), ref.dossierId(), fields);
        return ref;
    }

    public void edit(FaultClient client, RecordRef ref, String field, Object value) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(field, value);
        client.patch(ref, fields);
        ledger.wrote(name(client), ref.id(), ref.dossierId(), fields);
    }

    public void delete(FaultClient client, RecordRef ref) {
        client.delete(ref);
    }

    /** anna, bram, anna, bram: each pushes what it has and pulls the other's; retries transient failures. */
    public void syncUntilQuiet() throws SyncException {
        for (int round = 0; round < 2; round++) {
            anna.syncThrough(20);
            bram.syncThrough(20);
        }
    }

    public ServerView view() throws IOException {
        return ServerView.as(annaUser, server.uri(), serverData);
    }

    /** Converged, nothing lost, nothing duplicated. */
    public void assertAllPromises() throws IOException {
        ServerView view = view();
        Convergence.assertConverged(view, dossiers, anna, bram);
        Convergence.assertNothingLost(view, ledger);
        Convergence.assertNothingDuplicated(view);
    }

    private String name(FaultClient client) {
        return client == anna ? "anna" : "bram";
    }

    @Override
    public void close() throws IOException {
        proxy.close();
        anna.close();
        bram.close();
    }
}
