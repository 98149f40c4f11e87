package nl.keukentafel.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * HAProxy's per-request log as {@link Haproxy} writes it ({@link Haproxy#LOG_FORMAT}: accept time in epoch
 * milliseconds, total time, status, server, termination state, retries, method, path). Lines of another shape (server
 * state changes, start-up notices) are skipped. Stateless.
 */
final class HaproxyLog {
    private HaproxyLog() {
    }

    /** One request as HAProxy logged it; {@code status} is -1 when no answer was sent. */
    record Request(long acceptedMillis, long endedMillis, int status, String server, String termination, int retries,
                   boolean redispatched, String method, String path) {
        /**
         * Failed for the client: a 5xx (from an instance or from HAProxy itself), no answer at all, or a session HAProxy
         * or a server ended abnormally (termination state not "--").
         */
        boolean failed() {
            return status >= 500 || status < 0 || termination.charAt(0) != '-';
        }
    }

    static List<Request> read(Path file) throws IOException {
        List<Request> requests = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] cells = line.strip().split(" ");
            if (cells.length != 8 || !cells[0].matches("[0-9]{13}")) {
                continue;
            }
            long accepted = Long.parseLong(cells[0]);
            long total = Long.parseLong(cells[1]);
            String retries = cells[5];
            requests.add(new Request(accepted, accepted + Math.max(0, total), Integer.parseInt(cells[2]), cells[3], cells[4],
                Integer.parseInt(retries.replace("+", "")), retries.startsWith("+"), cells[6], cells[7]));
        }
        return requests;
    }
}
