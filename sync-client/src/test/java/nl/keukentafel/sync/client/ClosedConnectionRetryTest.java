package nl.keukentafel.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.keukentafel.sync.protocol.Wire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connection closed before any byte of an answer (what a load balancer's keep-alive timeout does to a request that
 * went out on the connection just as it closed it): a push is sent again at once and lands; a login is not. A raw
 * server socket on loopback closes the first connection after reading its request and answers the ones after.
 */
class ClosedConnectionRetryTest {
    private ServerSocket listener;
    private Thread acceptor;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "closing-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stop() throws IOException {
        listener.close();
    }

    @Test
    void aPushWhoseConnectionClosedBeforeAnyAnswerIsSentAgainAndLands() throws Exception {
        Wire.PushResponse response = api().push("token", new Wire.PushRequest(Wire.SCHEMA, List.of()));

        assertThat(response.results()).isEmpty();
        assertThat(requests).containsExactly("POST /sync/push", "POST /sync/push");
    }

    @Test
    void aLoginIsNeverSentTwice() {
        assertThatThrownBy(() -> api().login("anna", "geheim".toCharArray(), "laptop"))
                .isInstanceOfSatisfying(SyncException.class,
                        failure -> assertThat(failure.kind()).isEqualTo(SyncException.Kind.UNREACHABLE));
        assertThat(requests).containsExactly("POST /auth/login");
    }

    private SyncApi api() {
        return new SyncApi(URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/"));
    }

    private void serve() {
        while (!listener.isClosed()) {
            try (Socket connection = listener.accept()) {
                String requestLine = readRequest(connection.getInputStream());
                requests.add(requestLine.substring(0, requestLine.lastIndexOf(' ')));
                if (requests.size() == 1) {
                    continue; // closed with nothing written
                }
                byte[] body = ("{\"schema\":" + Wire.SCHEMA + ",\"results\":[]}").getBytes(StandardCharsets.UTF_8);
                connection.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                connection.getOutputStream().write(body);
                connection.getOutputStream().flush();
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Reads the head and the body (Content-Length) of one request; returns its request line. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("request cut");
            }
            head.write(next);
        }
        String text = head.toString(StandardCharsets.US_ASCII);
        int length = 0;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        in.readNBytes(length);
        return text.substring(0, text.indexOf("\r\n"));
    }
}
