package nl.keukentafel.sync.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.sync.server.db.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The admin command line, as an administrator runs it, against a real database that a real server then serves. */
class AdminCliTest {
    @TempDir
    Path directory;

    private static int run(DatabaseSettings database, String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--db-url", database.jdbcUrl().orElseThrow(), "--db-user", database.user()));
        return new CommandLine(new ServerMain()).execute(all.toArray(String[]::new));
    }

    @Test
    void createUserAssignListAndRevokeWorkOnTheServersDatabase() throws Exception {
        DatabaseSettings database = TestPostgres.freshDatabase();
        Path passwordFile = directory.resolve("password.txt");
        Files.writeString(passwordFile, TestServer.PASSWORD + "\n", StandardCharsets.UTF_8);
        UUID dossier = UUID.randomUUID();

        assertThat(run(database, "admin", "create-user", "piet", "--password-file", passwordFile.toString())).isZero();
        assertThat(run(database, "admin", "assign", dossier.toString(), "--user", "piet")).isZero();

        try (TestServer server = new TestServer(database)) {
            TestServer.Session session = server.login("piet");
            assertThat(server.get("/me/caseload", session).body().get("dossiers").get(0).get("dossierId").asText())
                .isEqualTo(dossier.toString());

            PrintStream original = System.out;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                assertThat(run(database, "admin", "list-devices", "piet")).isZero();
            } finally {
                System.setOut(original);
            }
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains(session.deviceId().toString()).doesNotContain("REVOKED");

            assertThat(run(database, "admin", "revoke-device", session.deviceId().toString())).isZero();
            assertThat(server.get("/me/caseload", session).status()).isEqualTo(401);

            assertThat(run(database, "admin", "unassign", dossier.toString(), "--user", "piet")).isZero();
            assertThat(run(database, "admin", "unassign", dossier.toString(), "--user", "piet")).as("not assigned any more").isEqualTo(1);
            assertThat(server.get("/me/caseload", server.login("piet")).body().get("dossiers")).isEmpty();
        }
    }

    @Test
    void aNewPasswordEndsTheUsersSessions() throws Exception {
        DatabaseSettings database = TestPostgres.freshDatabase();
        Path passwordFile = directory.resolve("password.txt");
        Files.writeString(passwordFile, TestServer.PASSWORD + "\n", StandardCharsets.UTF_8);
        assertThat(run(database, "admin", "create-user", "kees", "--password-file", passwordFile.toString())).isZero();
        try (TestServer server = new TestServer(database)) {
            TestServer.Session session = server.login("kees");
            assertThat(server.get("/me/caseload", session).status()).isEqualTo(200);

            assertThat(run(database, "admin", "create-user", "kees", "--password-file", passwordFile.toString())).isZero();

            assertThat(server.get("/me/caseload", session).status()).isEqualTo(401);
            com.fasterxml.jackson.databind.node.ObjectNode refresh = Json.MAPPER.createObjectNode()
                .put("refreshToken", session.refreshToken());
            assertThat(server.send(java.net.http.HttpRequest.newBuilder(server.uri("/auth/refresh"))
                .POST(TestServer.json(refresh))).status()).isEqualTo(401);
        }
    }

    @Test
    void servingPlainHttpOnAPublicAddressIsRefusedInOneLine() {
        PrintStream original = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = new CommandLine(new ServerMain()).execute("serve", "--host", "0.0.0.0", "--port", "0");
        } finally {
            System.setErr(original);
        }
        assertThat(status).isEqualTo(2);
        String message = printed.toString(StandardCharsets.UTF_8).strip();
        assertThat(message).contains("loopback").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void anUnknownUserIsAnErrorExitCode() {
        DatabaseSettings database = TestPostgres.freshDatabase();
        assertThat(run(database, "admin", "assign", UUID.randomUUID().toString(), "--user", "nobody")).isNotZero();
    }
}
