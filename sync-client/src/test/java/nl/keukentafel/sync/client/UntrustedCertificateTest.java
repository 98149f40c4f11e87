package nl.keukentafel.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A server with a self-signed certificate is a certificate problem, not "cannot be reached". */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UntrustedCertificateTest {
    private static final char[] STORE_PASSWORD = "alleen-voor-deze-test".toCharArray();

    @TempDir
    Path directory;

    @Test
    void aSelfSignedCertificateIsReportedAsSuch() throws Exception {
        Path keystore = directory.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-validity", "2", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD))
                .redirectErrorStream(true).redirectOutput(directory.resolve("keytool.log").toFile()).start();
        assertThat(keytool.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(Files.readString(directory.resolve("keytool.log"))).isZero();

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, STORE_PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, STORE_PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            SyncApi api = new SyncApi(URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/"));
            assertThatThrownBy(api::health).isInstanceOfSatisfying(SyncException.class, failure -> {
                assertThat(failure.code()).isEqualTo(SyncApi.CERTIFICATE_REFUSED);
                assertThat(failure.kind()).isEqualTo(SyncException.Kind.UNREACHABLE);
            });
        } finally {
            server.stop(0);
        }
    }
}
