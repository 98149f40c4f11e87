package nl.keukentafel.sync.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.keukentafel.sync.server.auth.PasswordHasher;
import nl.keukentafel.sync.server.db.ServerDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS from a configured keystore; plain HTTP is refused anywhere but loopback. */
class TlsTest {
    private static final char[] PASSWORD = "keystore-secret".toCharArray();

    @TempDir
    Path directory;

    @Test
    void withAKeystoreTheServerSpeaksTls() throws Exception {
        Path keystore = directory.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC",
            "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
            "-storetype", "PKCS12",
            "-keystore", keystore.toString(), "-storepass", new String(PASSWORD)).redirectErrorStream(true).start();
        assertThat(process.waitFor()).as(new String(process.getInputStream().readAllBytes())).isZero();

        try (ServerDatabase database = ServerDatabase.open(TestPostgres.freshDatabase());
             SyncServer server = SyncServer.start(
                 new ServerSettings("127.0.0.1", 0, Optional.of(new ServerSettings.Tls(keystore, PASSWORD))), database.db(),
                 new PasswordHasher(PasswordHasher.FAST_FOR_TESTS), Clock.systemUTC())) {
            assertThat(server.baseUri().getScheme()).isEqualTo("https");
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(server.baseUri().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"");

            // A TLS 1.2 client that offers only a CBC suite with SHA-1 finds no common suite (issue 10, low item).
            HttpClient cbcOnly = HttpClient.newBuilder().sslContext(trusting(keystore)).sslParameters(
                new javax.net.ssl.SSLParameters(new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"}, new String[] {"TLSv1.2"}))
                .build();
            assertThatThrownBy(() -> cbcOnly.send(HttpRequest.newBuilder(server.baseUri().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(java.io.IOException.class);
            HttpClient gcm12 = HttpClient.newBuilder().sslContext(trusting(keystore)).sslParameters(
                new javax.net.ssl.SSLParameters(new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"}, new String[] {"TLSv1.2"}))
                .build();
            assertThat(gcm12.send(HttpRequest.newBuilder(server.baseUri().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("TLS 1.2 with an AEAD suite").isEqualTo(200);
        }
    }

    @Test
    void plainHttpOffLoopbackIsRefused() {
        assertThatThrownBy(() -> new ServerSettings("0.0.0.0", 8443, Optional.empty()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, PASSWORD);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
