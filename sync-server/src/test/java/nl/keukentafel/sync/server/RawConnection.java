package nl.keukentafel.sync.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * A hand-written HTTP/1.1 connection to the loopback test server, for what a well-behaved client never does: stop
 * half-way, claim a longer body than it sends, hold the connection open. Not thread-safe (test code).
 */
final class RawConnection implements AutoCloseable {
    private final Socket socket;

    RawConnection(URI base) {
        try {
            socket = new Socket();
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(15_000);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Sends request line and headers (with the given Content-Length) and then {@code body}, and stops there. */
    RawConnection sendHead(String method, String path, long contentLength, String contentEncoding) {
        String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + (contentEncoding == null ? "" : "Content-Encoding: " + contentEncoding + "\r\n")
            + "Content-Length: " + contentLength + "\r\n\r\n";
        return sendBytes(head.getBytes(StandardCharsets.US_ASCII));
    }

    RawConnection sendBytes(byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            return this;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The status of the answer, or -1 when the server closed the connection without one. */
    int readStatus() {
        return readStatus(15_000);
    }

    /** As {@link #readStatus()}, waiting at most {@code waitMillis} (-1 when nothing came). */
    int readStatus(int waitMillis) {
        try {
            socket.setSoTimeout(waitMillis);
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int next;
            while ((next = in.read()) != -1 && next != '\n') {
                line.write(next);
            }
            String status = line.toString(StandardCharsets.US_ASCII);
            return status.startsWith("HTTP/1.1 ") ? Integer.parseInt(status.substring(9, 12)) : -1;
        } catch (IOException closed) {
            return -1;
        }
    }

    /** True when the server has closed its side: a read ends (EOF or reset) rather than timing out. */
    boolean closedByServer(int waitMillis) {
        try {
            socket.setSoTimeout(waitMillis);
            while (socket.getInputStream().read() != -1) {
                // An answer before the close is fine; keep reading to its end.
            }
            return true;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    static byte[] gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(bytes);
            }
            return out.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing a test socket; nothing to do.
        }
    }
}
