package nl.keukentafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import nl.keukentafel.store.sync.VaultReplica;
import nl.keukentafel.sync.protocol.Wire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 on the command line: hostile or unlucky input ends as one line and its exit code, and changes nothing. */
class HostileInputCliTest {
    @TempDir
    Path directory;
    private Path vault;
    private Path passphraseFile;
    private UUID dossier;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void vaultAndServer() throws Exception {
        vault = directory.resolve("kluis");
        passphraseFile = directory.resolve("wachtwoordzin.txt");
        Files.writeString(passphraseFile, TestVaults.PASSPHRASE + "\n");
        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        Session session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
        dossier = session.caseload().createFamily("Gezin").join();
        manager.lock();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void plainHttpToAnotherComputerIsRefusedBeforeAnythingIsSent() throws Exception {
        Path password = directory.resolve("wachtwoord.txt");
        Files.writeString(password, "een geheim wachtwoord\n");
        for (String address : new String[] {"http://10.0.0.1:8443", "http://sync.wijkteam.example", "http://192.168.1.10/"}) {
            CliRunner.Result sync = CliRunner.dutch("sync", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString(),
                    "--server", address, "--user", "anna", "--password-file", password.toString());
            assertThat(sync.exitCode()).as(address).isEqualTo(ExitCode.INSECURE_SERVER.code()).isEqualTo(15);
            assertThat(sync.errorLine()).startsWith("Het adres bij --server begint met http:// en wijst naar een andere computer")
                    .doesNotContain("\n");
        }
        try (Vault opened = TestVaults.unlock(new VaultLocation(vault))) {
            assertThat(replica(opened).serverUrl()).as("nothing was linked").isEmpty();
        }
    }

    @Test
    void aLinkStoredWithPlainHttpToAnotherComputerIsNotUsed() throws Exception {
        link(URI.create("http://10.0.0.1:9/"));
        CliRunner.Result sync = CliRunner.dutch("sync", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString());
        assertThat(sync.exitCode()).isEqualTo(ExitCode.INSECURE_SERVER.code());
    }

    @Test
    void readingAndExportingCommandsDoNotTalkToTheLinkedServer() throws Exception {
        link(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
        CliRunner.Result verify = CliRunner.dutch("verify", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        CliRunner.Result gedcom = CliRunner.dutch("gedcom", "export", "--vault", vault.toString(), "--passphrase-file",
                passphraseFile.toString(), "--dossier", dossier.toString(), "--out", directory.resolve("gezin.ged").toString());
        assertThat(gedcom.exitCode()).as(gedcom.err()).isZero();
        CliRunner.Result genogram = CliRunner.dutch("genogram", "export", "--vault", vault.toString(), "--passphrase-file",
                passphraseFile.toString(), "--dossier", dossier.toString(), "--format", "svg", "--out",
                directory.resolve("gezin.svg").toString());
        assertThat(genogram.exitCode()).as(genogram.err()).isZero();
        assertThat(requests.get()).as("requests to the server").isZero();
        try (Vault opened = TestVaults.unlock(new VaultLocation(vault))) {
            assertThat(replica(opened).refreshToken()).as("still logged in").contains("refresh-1");
        }

        CliRunner.Result sync = CliRunner.dutch("sync", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString());
        assertThat(sync.exitCode()).as("the link itself works: sync does ask").isEqualTo(ExitCode.SYNC_FAILED.code());
        assertThat(requests.get()).isPositive();
    }

    @Test
    void anEmptiedDatabaseIsDamageAndStaysAsItIs() throws Exception {
        Path database = vault.resolve(VaultLocation.DATABASE_FILE);
        Files.write(database, new byte[0]);
        Files.deleteIfExists(vault.resolve(VaultLocation.DATABASE_FILE + "-wal"));
        Files.deleteIfExists(vault.resolve(VaultLocation.DATABASE_FILE + "-shm"));
        CliRunner.Result verify = CliRunner.dutch("verify", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString());
        assertThat(verify.exitCode()).isEqualTo(ExitCode.VAULT_UNREADABLE.code()).isEqualTo(7);
        assertThat(verify.errorLine()).startsWith("De database in ").doesNotContain("\n");
        assertThat(verify.out()).isEmpty();
        assertThat(Files.size(database)).as("not rewritten").isZero();
        assertThat(vault.resolve(VaultLocation.DATABASE_FILE + "-wal")).doesNotExist();

        Files.delete(database);
        CliRunner.Result missing = CliRunner.dutch("verify", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.VAULT_UNREADABLE.code());
        assertThat(database).as("no fresh database made beside the key file").doesNotExist();
    }

    @Test
    void oneUnreadableRecordAServerAppliedIsSkippedAndCountedAndTheExportsGoOn() throws Exception {
        try (Vault opened = TestVaults.unlock(new VaultLocation(vault))) {
            ObjectNode dragon = RecordMapper.json().createObjectNode().put("kind", "DRAGON");
            dragon.putObject("birthDate").put("y", 1);
            ObjectNode member = RecordMapper.json().createObjectNode().put("givenName", "Kapot");
            member.putObject("birthDate").put("y", 1);
            ObjectNode conversation = RecordMapper.json().createObjectNode();
            conversation.putObject("number").put("x", 1);
            Wire.PullPage page = new Wire.PullPage(Wire.SCHEMA, "c1", false, List.of(
                    new Wire.RemoteRecord(UUID.randomUUID(), "geno_person", dossier, 1, false, dragon, "2026-12-01T10:00:00Z"),
                    new Wire.RemoteRecord(UUID.randomUUID(), "member", dossier, 1, false, member, "2026-12-01T10:00:00Z"),
                    new Wire.RemoteRecord(UUID.randomUUID(), "conversation", dossier, 1, false, conversation, "2026-12-01T10:00:00Z")),
                    List.of(), List.of());
            assertThat(replica(opened).applyPullPage(page, Set.of(dossier))).as("stored as the server sent it").isZero();
        }
        CliRunner.Result gedcom = CliRunner.dutch("gedcom", "export", "--vault", vault.toString(), "--passphrase-file",
                passphraseFile.toString(), "--dossier", dossier.toString(), "--out", directory.resolve("gezin.ged").toString());
        assertThat(gedcom.exitCode()).as(gedcom.err()).isZero();
        assertThat(gedcom.out()).contains("1 gegeven(s) van het genogram konden niet worden gelezen en zijn overgeslagen");
        CliRunner.Result genogram = CliRunner.dutch("genogram", "export", "--vault", vault.toString(), "--passphrase-file",
                passphraseFile.toString(), "--dossier", dossier.toString(), "--format", "png", "--out",
                directory.resolve("gezin.png").toString());
        assertThat(genogram.exitCode()).as(genogram.err()).isZero();
        assertThat(genogram.out()).contains("1 gegeven(s) van het genogram");
        assertThat(directory.resolve("gezin.png")).isNotEmptyFile();
        CliRunner.Result verify = CliRunner.dutch("verify", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();

        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        Session session = manager.unlock(TestVaults.passphrase());
        try {
            assertThat(session.dossiers().read(dossier).members()).as("the unreadable member is left out").isEmpty();
            assertThat(session.genogram().read(dossier).unreadable()).isEqualTo(1);
            assertThat(session.intake().read(dossier).unreadable()).isEqualTo(1);
        } finally {
            manager.lock();
        }
    }

    @Test
    void aPassphraseFileWithoutLineEndIsReadOnlyUpToItsBound() throws Exception {
        Path endless = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(endless), "a system with /dev/zero");
        long started = System.nanoTime();
        CliRunner.Result verify = CliRunner.dutch("verify", "--vault", vault.toString(), "--passphrase-file", endless.toString());
        assertThat(verify.exitCode()).isEqualTo(ExitCode.PASSPHRASE_FILE.code()).isEqualTo(6);
        assertThat(verify.errorLine()).contains("is langer dan 1024 tekens").doesNotContain("\n");
        assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);

        Path huge = directory.resolve("groot.txt");
        Files.writeString(huge, "x".repeat(PassphraseFile.MAX_CHARS + 1));
        assertThat(CliRunner.dutch("verify", "--vault", vault.toString(), "--passphrase-file", huge.toString()).exitCode())
                .isEqualTo(ExitCode.PASSPHRASE_FILE.code());
    }

    @Test
    void aByteOrderMarkIsNotPartOfThePassphrase() throws Exception {
        Path withMark = directory.resolve("kladblok.txt");
        Files.writeString(withMark, "\uFEFF" + TestVaults.PASSPHRASE + "\r\n");
        CliRunner.Result verify = CliRunner.dutch("verify", "--vault", vault.toString(), "--passphrase-file", withMark.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
    }

    @Test
    void argonParametersEachInBoundsButAbsurdTogetherAreADamagedKeyFile() throws Exception {
        Path keyFile = vault.resolve(VaultLocation.KEY_FILE);
        ObjectNode key = (ObjectNode) RecordMapper.json().readTree(Files.readString(keyFile));
        ((ObjectNode) key.get("kdf")).put("memoryKiB", 1 << 20).put("iterations", 64).put("parallelism", 16);
        Files.writeString(keyFile, key.toPrettyString());
        long started = System.nanoTime();
        CliRunner.Result verify = CliRunner.dutch("verify", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString());
        assertThat(verify.exitCode()).isEqualTo(ExitCode.VAULT_UNREADABLE.code());
        assertThat(verify.errorLine()).startsWith("Het sleutelbestand in ");
        assertThat(System.nanoTime() - started).as("refused, not derived").isLessThan(10_000_000_000L);
    }

    @Test
    void aMalformedPullAnswerIsASyncFailureNotACrash() throws Exception {
        server.removeContext("/");
        server.createContext("/auth/login", exchange -> answer(exchange, "{\"accessToken\":\"a\",\"expiresIn\":900,"
                + "\"refreshToken\":\"r\",\"username\":\"anna\"}"));
        // The new family's changes go out first: an answer of empty results is as malformed as an empty conflict.
        server.createContext("/sync/push", exchange -> answer(exchange, "{\"schema\":1,\"results\":[{}]}"));
        server.createContext("/sync/pull", exchange -> answer(exchange, "{\"schema\":1,\"cursor\":\"c\",\"hasMore\":false,"
                + "\"records\":[],\"conflicts\":[{}],\"removed\":[]}"));
        Path password = directory.resolve("wachtwoord.txt");
        Files.writeString(password, "een geheim wachtwoord\n");
        CliRunner.Result sync = CliRunner.dutch("sync", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString(),
                "--server", "http://127.0.0.1:" + server.getAddress().getPort(), "--user", "anna", "--password-file", password.toString());
        assertThat(sync.exitCode()).as(sync.err()).isEqualTo(ExitCode.SYNC_FAILED.code());
        assertThat(sync.errorLine())
                .isEqualTo("De server heeft een storing (malformed-reply). Er is niets verloren; probeer het later opnieuw.");
    }

    @Test
    void aPulledRecordOutsideTheAnnouncedCaseloadIsRefusedCountedAndNeverBecomesAFamily() throws Exception {
        UUID foreign = UUID.randomUUID();
        server.removeContext("/");
        server.createContext("/auth/login", exchange -> answer(exchange, "{\"accessToken\":\"a\",\"expiresIn\":900,"
                + "\"refreshToken\":\"r\",\"username\":\"anna\"}"));
        server.createContext("/sync/push", exchange -> {
            byte[] gzipped = exchange.getRequestBody().readAllBytes();
            JsonNode batch = RecordMapper.json().readTree(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped)));
            ArrayNode results = RecordMapper.json().createArrayNode();
            batch.get("entries").forEach(entry -> results.addObject().put("clientId", entry.get("clientId").asText())
                    .put("clientSeq", entry.get("clientSeq").asLong()).put("recordId", entry.get("recordId").asText())
                    .put("result", "applied").put("version", 1));
            answer(exchange, "{\"schema\":1,\"results\":" + results + "}");
        });
        server.createContext("/me/caseload", exchange -> answer(exchange, "{\"schema\":1,\"dossiers\":[{\"dossierId\":\""
                + dossier + "\",\"since\":\"2026-12-01T10:00:00Z\"}]}"));
        server.createContext("/sync/pull", exchange -> answer(exchange, "{\"schema\":1,\"cursor\":\"c1\",\"hasMore\":false,"
                + "\"records\":[{\"id\":\"" + foreign + "\",\"kind\":\"family\",\"dossierId\":\"" + foreign + "\",\"version\":1,"
                + "\"deleted\":false,\"fields\":{\"householdName\":\"Ingeschoven\"},\"updatedAt\":\"2026-12-01T10:00:00Z\"}],"
                + "\"conflicts\":[],\"removed\":[]}"));
        Path password = directory.resolve("wachtwoord.txt");
        Files.writeString(password, "een geheim wachtwoord\n");
        CliRunner.Result sync = CliRunner.dutch("sync", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString(),
                "--server", "http://127.0.0.1:" + server.getAddress().getPort(), "--user", "anna", "--password-file", password.toString());
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        assertThat(sync.out()).contains("De server stuurde 1 records die niet bij uw caseload horen");
        try (Vault opened = TestVaults.unlock(new VaultLocation(vault))) {
            assertThat(opened.records().find(foreign)).isEmpty();
            assertThat(opened.caseload().search("ingeschoven", false, 10)).isEmpty();
        }
    }

    @Test
    void nulIsDroppedFromTextOnEveryLocalWriteSoNothingUnsyncableEntersTheOutbox() throws Exception {
        Path file = directory.resolve("met-nul.ged");
        Files.writeString(file, "0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 NAME Ge\u0000rrit /Zwaagstra/\n"
                + "1 NOTE Was\u0000 molenaar.\n0 TRLR\n");
        CliRunner.Result imported = CliRunner.dutch("gedcom", "import", "--vault", vault.toString(), "--passphrase-file",
                passphraseFile.toString(), "--dossier", dossier.toString(), "--file", file.toString());
        assertThat(imported.exitCode()).as(imported.err() + imported.out()).isZero();

        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        Session session = manager.unlock(TestVaults.passphrase());
        try {
            session.dossiers().edit(new RecordRef(RecordKind.FAMILY, dossier, dossier), Family.Field.CITY, "Ypen\u0000huizen");
            session.dossiers().flush();
            assertThat(session.genogram().read(dossier).persons()).singleElement().satisfies(person -> {
                assertThat(person.givenName()).isEqualTo("Gerrit");
                assertThat(person.note()).isEqualTo("Was molenaar.");
            });
            assertThat(session.dossiers().read(dossier).family().city()).isEqualTo("Ypenhuizen");
            String everything = session.vault().database().read("all text", handle -> {
                StringBuilder text = new StringBuilder();
                for (String table : List.of("record", "outbox")) {
                    try (var select = handle.prepareStatement("select * from " + table); var rows = select.executeQuery()) {
                        while (rows.next()) {
                            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                                text.append(rows.getString(column));
                            }
                        }
                    }
                }
                return text.toString();
            });
            assertThat(everything).contains("Ypenhuizen").doesNotContain("\u0000").doesNotContain("\\u0000");
        } finally {
            manager.lock();
        }
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String json) throws java.io.IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void link(URI server) throws Exception {
        try (Vault opened = TestVaults.unlock(new VaultLocation(vault))) {
            VaultReplica replica = replica(opened);
            replica.storeSettings(server, "anna");
            replica.storeTokens(new Wire.TokenGrant("access", null, 900, "refresh-1", null, null, null, "anna"));
        }
    }

    private static VaultReplica replica(Vault opened) {
        return new VaultReplica(opened.database(), opened.audit(), opened.indexer(), Clock.systemUTC());
    }
}
