package nl.keukentafel.sync.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import nl.keukentafel.sync.server.admin.AdminCommands;
import nl.keukentafel.sync.server.auth.PasswordHasher;
import nl.keukentafel.sync.server.db.ServerDatabase;
import nl.keukentafel.sync.server.http.FatalError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code java -jar keukentafel-sync-server.jar [serve|admin ...]}; with no arguments it serves. Not thread-safe
 * (a process entry point).
 */
@Command(name = "keukentafel-sync-server", mixinStandardHelpOptions = true,
    description = "The Keukentafel reference sync server.", subcommands = {ServerMain.Serve.class, AdminCommands.class})
public final class ServerMain {

    public static void main(String[] args) {
        FatalError.haltOnUncaughtOutOfMemory();
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        System.exit(new CommandLine(new ServerMain()).execute(effective));
    }

    /** Reads a secret from a file's first line, or from standard input when the path is "-". */
    public static char[] readSecret(Path file) throws IOException {
        String line;
        if ("-".equals(file.toString())) {
            line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } else {
            line = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse(null);
        }
        if (line == null || line.isEmpty()) {
            throw new IOException("the secret in " + file + " is empty");
        }
        return line.toCharArray();
    }

    /** Runs the HTTP(S) server until the process is stopped. */
    @Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the sync API (the default command).")
    static final class Serve implements java.util.concurrent.Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on; anything but loopback needs --keystore (default: ${DEFAULT-VALUE}).")
        String host;

        @Option(names = "--port", defaultValue = "8443", description = "Port (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--keystore", paramLabel = "FILE", description = "PKCS#12 keystore with the TLS key and certificate.")
        Path keystore;

        @Option(names = "--keystore-password-file", paramLabel = "FILE",
            description = "File whose first line is the keystore password (or env KEUKENTAFEL_KEYSTORE_PASSWORD).")
        Path keystorePasswordFile;

        @Override
        public Integer call() throws Exception {
            Optional<ServerSettings.Tls> tls = Optional.empty();
            if (keystore != null) {
                String fromEnvironment = System.getenv("KEUKENTAFEL_KEYSTORE_PASSWORD");
                char[] password = keystorePasswordFile != null ? readSecret(keystorePasswordFile)
                    : fromEnvironment != null ? fromEnvironment.toCharArray() : new char[0];
                tls = Optional.of(new ServerSettings.Tls(keystore, password));
            }
            ServerSettings settings;
            try {
                settings = new ServerSettings(host, port, tls);
            } catch (IllegalArgumentException refused) {
                // An operator's mistake, not a crash: one clear line and a usage exit status, no stack trace.
                System.err.println("keukentafel-sync-server: " + refused.getMessage());
                return 2;
            }
            ServerDatabase db = ServerDatabase.open(database.settings());
            SyncServer server;
            try {
                server = SyncServer.start(settings, db.db(), new PasswordHasher(PasswordHasher.STANDARD), Clock.systemUTC());
            } catch (RuntimeException failure) {
                db.close();
                throw failure;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                db.close();
                stopped.countDown();
            }, "keukentafel-sync-shutdown"));
            System.out.println("Keukentafel sync server listening on " + server.baseUri());
            stopped.await();
            return 0;
        }
    }
}
