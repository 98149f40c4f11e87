package nl.keukentafel.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real server process (embedded PostgreSQL) for every fault test in this JVM that does not kill it: starting
 * one takes seconds. Tests keep apart by using their own users and dossiers. Thread-safe.
 */
final class SharedServer {
    private static final AtomicInteger USERS = new AtomicInteger();
    private static ServerProcess server;
    private static Path data;

    private SharedServer() {
    }

    static synchronized ServerProcess get() {
        if (server == null) {
            try {
                data = Files.createTempDirectory("keukentafel-faults-server");
                server = ServerProcess.start(data);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fault-server-stop"));
        }
        return server;
    }

    static synchronized Path data() {
        get();
        return data;
    }

    /** A user name no other test in this run uses. */
    static String uniqueUser(String prefix) {
        return prefix + USERS.incrementAndGet();
    }
}
