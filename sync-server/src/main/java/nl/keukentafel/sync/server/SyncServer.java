package nl.keukentafel.sync.server;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import nl.keukentafel.sync.server.api.ApiRoutes;
import nl.keukentafel.sync.server.api.AuthRoutes;
import nl.keukentafel.sync.server.api.HealthRoute;
import nl.keukentafel.sync.server.audit.AuditLog;
import nl.keukentafel.sync.server.auth.AccountStore;
import nl.keukentafel.sync.server.auth.AuthService;
import nl.keukentafel.sync.server.auth.PasswordHasher;
import nl.keukentafel.sync.server.caseload.CaseloadStore;
import nl.keukentafel.sync.server.db.Db;
import nl.keukentafel.sync.server.http.ApiHandler;
import nl.keukentafel.sync.server.http.BodyBudget;
import nl.keukentafel.sync.server.http.ConnectionLimits;
import nl.keukentafel.sync.server.http.FatalError;
import nl.keukentafel.sync.server.http.Route;
import nl.keukentafel.sync.server.sync.AnswerStore;
import nl.keukentafel.sync.server.sync.ConflictStore;
import nl.keukentafel.sync.server.sync.PullService;
import nl.keukentafel.sync.server.sync.PushService;
import nl.keukentafel.sync.server.sync.QuarantineStore;
import nl.keukentafel.sync.server.sync.ReadService;
import nl.keukentafel.sync.server.sync.RecordStore;

/**
 * The composition root: wires the stores and services on one database and serves them over the JDK's HTTP(S)
 * server with a virtual thread per call. Holds no state of its own beyond the listening socket. Thread-safe.
 */
public final class SyncServer implements AutoCloseable {
    static {
        // Read once by the JDK when its first server is made: before that, here.
        ConnectionLimits.applyDefaults();
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final List<Route> routes;
    private final URI baseUri;

    private SyncServer(HttpServer http, ExecutorService executor, List<Route> routes, URI baseUri) {
        this.http = http;
        this.executor = executor;
        this.routes = routes;
        this.baseUri = baseUri;
    }

    public static SyncServer start(ServerSettings settings, Db db, PasswordHasher hasher, Clock clock) {
        return start(settings, db, hasher, clock, BodyBudget.forThisHeap());
    }

    /** As {@link #start(ServerSettings, Db, PasswordHasher, Clock)} with a given bound on the memory of request bodies. */
    public static SyncServer start(ServerSettings settings, Db db, PasswordHasher hasher, Clock clock, BodyBudget bodies) {
        AuditLog audit = new AuditLog(clock);
        AuthService auth = new AuthService(db, new AccountStore(), hasher, audit, clock);
        RecordStore records = new RecordStore();
        ConflictStore conflicts = new ConflictStore();
        QuarantineStore quarantine = new QuarantineStore();
        CaseloadStore caseload = new CaseloadStore();
        PushService push = new PushService(db, records, conflicts, quarantine, new AnswerStore(), caseload, audit, clock);
        PullService pull = new PullService(db, conflicts, audit);
        ReadService reads = new ReadService(db, records, conflicts, quarantine, caseload, audit);
        List<Route> routes = ApiRoutes.all(new HealthRoute(db), new AuthRoutes(auth), push, pull, reads);
        try {
            InetSocketAddress address = new InetSocketAddress(settings.host(), settings.port());
            HttpServer http;
            if (settings.tls().isPresent()) {
                HttpsServer https = HttpsServer.create(address, 0);
                https.setHttpsConfigurator(aeadOnly(sslContext(settings.tls().get())));
                http = https;
            } else {
                http = HttpServer.create(address, 0);
            }
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            http.setExecutor(executor);
            http.createContext("/", new ApiHandler(routes, auth::authenticate, bodies, FatalError::haltProcess));
            http.start();
            String scheme = settings.tls().isPresent() ? "https" : "http";
            URI base = URI.create(scheme + "://" + hostForUri(settings.host()) + ":" + http.getAddress().getPort());
            return new SyncServer(http, executor, routes, base);
        } catch (IOException failure) {
            throw new java.io.UncheckedIOException("could not listen on " + settings.host() + ":" + settings.port(), failure);
        }
    }

    public URI baseUri() {
        return baseUri;
    }

    public List<Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    private static String hostForUri(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /**
     * TLS 1.3 and 1.2 with AEAD suites only (GCM, ChaCha20-Poly1305). The JDK's defaults still offer CBC suites with
     * SHA-1 MACs on TLS 1.2, which scanners rightly flag; every client this server has (Java 21+) speaks TLS 1.3.
     */
    static HttpsConfigurator aeadOnly(SSLContext context) {
        String[] suites = java.util.Arrays.stream(context.getDefaultSSLParameters().getCipherSuites())
            .filter(suite -> suite.startsWith("TLS_AES_") || suite.startsWith("TLS_CHACHA20_")
                || suite.startsWith("TLS_ECDHE_") && (suite.contains("_GCM_") || suite.contains("_CHACHA20_POLY1305_")))
            .toArray(String[]::new);
        return new HttpsConfigurator(context) {
            @Override
            public void configure(com.sun.net.httpserver.HttpsParameters parameters) {
                javax.net.ssl.SSLParameters ssl = context.getDefaultSSLParameters();
                ssl.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                ssl.setCipherSuites(suites);
                parameters.setSSLParameters(ssl);
            }
        };
    }

    private static SSLContext sslContext(ServerSettings.Tls tls) {
        try (InputStream in = Files.newInputStream(tls.keystore())) {
            KeyStore keyStore = KeyStore.getInstance(KeyStore.getDefaultType());
            keyStore.load(in, tls.password());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, tls.password());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException failure) {
            throw new IllegalStateException("could not load the TLS keystore " + tls.keystore().getFileName(), failure);
        }
    }
}
