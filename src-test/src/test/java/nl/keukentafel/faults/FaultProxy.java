package nl.keukentafel.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A man in the middle on loopback between a sync client and the server: it reads each HTTP/1.1 request off the
 * client's connection, asks its {@link #plan(Function) plan} for a {@link Fault}, and forwards, corrupts, cuts or
 * repeats accordingly. It counts the bytes that cross the client's side of the wire. The upstream can be moved
 * (a restarted server listens on a new port). Thread-safe.
 */
public final class FaultProxy implements AutoCloseable {
    /** One request as the plan sees it: its method, path with query, and its number in the proxy's life (from 1). */
    public record Request(String method, String path, long number) {
        public boolean isPush() {
            return path.startsWith("/sync/push");
        }

        public boolean isPull() {
            return path.startsWith("/sync/pull");
        }
    }

    private static final Set<String> HOP_HEADERS = Set.of("host", "connection", "content-length", "upgrade", "http2-settings",
        "expect", "te", "transfer-encoding", "keep-alive", "proxy-connection", "trailer");

    private final ServerSocket listener;
    private final HttpClient upstreamClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytesFromClients = new AtomicLong();
    private final AtomicLong bytesToClients = new AtomicLong();
    private final List<Socket> open = new ArrayList<>();
    private volatile URI upstream;
    private volatile Function<Request, Fault> plan = request -> Fault.NONE;
    private volatile Consumer<Request> beforeForward = request -> { };
    private volatile Consumer<Request> afterAnswer = request -> { };

    public FaultProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("fault-proxy-accept").start(this::acceptLoop);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    public void upstream(URI moved) {
        this.upstream = moved;
    }

    /** Decides the fault for each request; replaces the previous plan. */
    public void plan(Function<Request, Fault> decide) {
        this.plan = decide;
    }

    /** Runs on the connection's thread after the plan and before the request goes upstream (e.g. to kill the server). */
    public void beforeForward(Consumer<Request> hook) {
        this.beforeForward = hook;
    }

    /** Runs after the client had its (possibly faulty) answer (e.g. to kill the client). */
    public void afterAnswer(Consumer<Request> hook) {
        this.afterAnswer = hook;
    }

    public long requests() {
        return requests.get();
    }

    /** Bytes the clients sent plus bytes they received, headers included, since the last reset. */
    public long bytesOnTheWire() {
        return bytesFromClients.get() + bytesToClients.get();
    }

    public long bytesToClients() {
        return bytesToClients.get();
    }

    public void resetCounters() {
        bytesFromClients.set(0);
        bytesToClients.set(0);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                // An answer goes out as its head, then its body: without this the body's last segment waits for the
                // client's delayed ACK of the head (~40 ms; Nagle), a stall the real server (TCP_NODELAY) never makes.
                client.setTcpNoDelay(true);
                synchronized (open) {
                    open.add(client);
                }
                Thread.ofVirtual().name("fault-proxy-connection").start(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; InputStream in = new BufferedInputStream(client.getInputStream()); OutputStream out = client.getOutputStream()) {
            while (true) {
                ParsedRequest parsed = ParsedRequest.read(in, bytesFromClients);
                if (parsed == null) {
                    return;
                }
                Request request = new Request(parsed.method(), parsed.path(), requests.incrementAndGet());
                Fault fault = plan.apply(request);
                boolean keepOpen = answer(parsed, request, fault, out);
                afterAnswer.accept(request);
                if (!keepOpen) {
                    return;
                }
            }
        } catch (IOException | RuntimeException gone) {
            // The client or the proxy closed the connection; nothing to answer.
        } finally {
            synchronized (open) {
                open.remove(client);
            }
        }
    }

    /** Answers one request as the fault says; returns whether the connection stays usable. */
    private boolean answer(ParsedRequest parsed, Request request, Fault fault, OutputStream out) throws IOException {
        switch (fault.kind()) {
            case SERVER_ERROR -> {
                write(out, 500, Map.of("Content-Type", "application/json"), "{\"code\":\"injected\"}".getBytes(StandardCharsets.UTF_8));
                return true;
            }
            case UNAVAILABLE -> {
                write(out, 503, Map.of("Content-Type", "application/json", "Retry-After", "1"),
                    "{\"code\":\"unavailable\"}".getBytes(StandardCharsets.UTF_8));
                return true;
            }
            case MALFORMED_JSON_UNSENT -> {
                write(out, 200, Map.of("Content-Type", "application/json"), "{\"schema\":1,\"results\":[".getBytes(StandardCharsets.UTF_8));
                return true;
            }
            default -> {
                // forwarded below
            }
        }
        if (fault.kind() == Fault.Kind.DELAY) {
            sleep(fault.delay());
        }
        beforeForward.accept(request);
        HttpResponse<byte[]> reply;
        try {
            reply = forward(parsed);
            if (fault.kind() == Fault.Kind.DUPLICATE) {
                reply = forward(parsed);
            }
        } catch (IOException upstreamDown) {
            return false;
        }
        switch (fault.kind()) {
            case DROP_RESPONSE -> {
                return false;
            }
            case MALFORMED_JSON -> {
                write(out, 200, Map.of("Content-Type", "application/json"), "<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8));
                return true;
            }
            case CUT_MID_RESPONSE -> {
                byte[] body = reply.body();
                writeHead(out, reply.statusCode(), headersOf(reply), body.length);
                out.write(body, 0, body.length / 2);
                bytesToClients.addAndGet(body.length / 2);
                out.flush();
                return false;
            }
            default -> {
                write(out, reply.statusCode(), headersOf(reply), reply.body());
                return true;
            }
        }
    }

    private HttpResponse<byte[]> forward(ParsedRequest parsed) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(upstream.resolve(parsed.path())).timeout(Duration.ofSeconds(60))
            .method(parsed.method(), parsed.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(parsed.body()));
        parsed.headers().forEach((name, value) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                builder.header(name, value);
            }
        });
        try {
            return upstreamClient.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
    }

    private static Map<String, String> headersOf(HttpResponse<?> reply) {
        Map<String, String> headers = new LinkedHashMap<>();
        reply.headers().map().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":") && !values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        });
        return headers;
    }

    private void write(OutputStream out, int status, Map<String, String> headers, byte[] body) throws IOException {
        writeHead(out, status, headers, body.length);
        out.write(body);
        bytesToClients.addAndGet(body.length);
        out.flush();
    }

    private void writeHead(OutputStream out, int status, Map<String, String> headers, int length) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(status / 100 == 2 ? " OK" : " Status").append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(length).append("\r\n\r\n");
        byte[] bytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        out.write(bytes);
        bytesToClients.addAndGet(bytes.length);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes every client connection now, as a network that goes away would. */
    public void cutAllConnections() {
        synchronized (open) {
            for (Socket socket : open) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cutAllConnections();
    }

    /** An HTTP/1.1 request read off a socket: request line, headers, and a Content-Length body. */
    private record ParsedRequest(String method, String path, Map<String, String> headers, byte[] body) {
        static ParsedRequest read(InputStream in, AtomicLong counter) throws IOException {
            String requestLine = line(in, counter);
            if (requestLine == null || requestLine.isEmpty()) {
                return null;
            }
            String[] parts = requestLine.split(" ");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in, counter); header != null && !header.isEmpty(); header = line(in, counter)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
            }
            int length = headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase("content-length"))
                .map(entry -> Integer.parseInt(entry.getValue())).findFirst().orElse(0);
            byte[] body = in.readNBytes(length);
            counter.addAndGet(body.length);
            return new ParsedRequest(parts[0], parts[1], headers, body);
        }

        private static String line(InputStream in, AtomicLong counter) throws IOException {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            int next;
            while ((next = in.read()) != -1) {
                counter.incrementAndGet();
                if (next == '\n') {
                    String text = buffer.toString(StandardCharsets.ISO_8859_1);
                    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                }
                buffer.write(next);
            }
            return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
