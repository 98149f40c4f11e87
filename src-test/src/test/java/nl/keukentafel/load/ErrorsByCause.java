package nl.keukentafel.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every failed request of a load run, by cause: each HAProxy log line that failed ({@link HaproxyLog.Request#failed})
 * and each round a laptop had to retry is put in the fault window its time overlaps — (a) the SIGKILL, from the kill
 * until HAProxy has the instance back in rotation; (b) the PostgreSQL restart, from {@code pg_ctl restart} until
 * PostgreSQL accepts connections and every instance that left HAProxy's rotation is back — or (c) outside any. Each
 * window is followed by {@link #GRACE_MILLIS} for the health-check lag (an instance is back after one good check, and a
 * check runs every 500 ms) and the pool's first use of connections opened before the fault. A request overlapping
 * both windows counts for (a). Immutable.
 */
final class ErrorsByCause {
    /** Four health-check intervals of 500 ms: enough for a check to run, succeed and be polled. */
    static final long GRACE_MILLIS = 2000;

    enum Cause {
        KILL("(a) SIGKILL"), POSTGRES("(b) PostgreSQL restart"), OUTSIDE("(c) outside the fault windows");

        final String label;

        Cause(String label) {
            this.label = label;
        }
    }

    /** A fault window in epoch milliseconds, without the grace; {@code note} says what its edges were. */
    record Window(Cause cause, long fromMillis, long toMillis, String note) {
        boolean overlaps(long from, long to) {
            return from <= toMillis + GRACE_MILLIS && to >= fromMillis;
        }
    }

    /** One round a laptop retried: when it failed, the HTTP status (0 without an answer) and the answer's code. */
    record ClientRetry(long atMillis, int status, String code) {
    }

    private final long startMillis;
    private final List<Window> windows;
    private final Map<Cause, Map<String, Integer>> requests = new EnumMap<>(Cause.class);
    private final Map<Cause, Map<String, Integer>> retries = new EnumMap<>(Cause.class);

    private final List<HealthWatch.Change> healthChanges;

    ErrorsByCause(long startMillis, List<Window> windows, List<HaproxyLog.Request> logged, List<ClientRetry> clientRetries,
                  List<HealthWatch.Change> healthChanges) {
        this.startMillis = startMillis;
        this.windows = List.copyOf(windows);
        this.healthChanges = List.copyOf(healthChanges);
        for (Cause cause : Cause.values()) {
            requests.put(cause, new TreeMap<>());
            retries.put(cause, new TreeMap<>());
        }
        for (HaproxyLog.Request request : logged) {
            if (request.acceptedMillis() >= startMillis && request.failed()) {
                String kind = request.status() + " " + request.termination() + " " + request.server() + " " + request.method() + " "
                    + request.path().replaceAll("/[0-9a-f-]{36}", "/ID");
                requests.get(cause(request.acceptedMillis(), request.endedMillis())).merge(kind, 1, Integer::sum);
            }
        }
        for (ClientRetry retry : clientRetries) {
            retries.get(cause(retry.atMillis(), retry.atMillis())).merge(retry.status() + " " + retry.code(), 1, Integer::sum);
        }
    }

    private Cause cause(long from, long to) {
        for (Cause cause : List.of(Cause.KILL, Cause.POSTGRES)) {
            for (Window window : windows) {
                if (window.cause() == cause && window.overlaps(from, to)) {
                    return cause;
                }
            }
        }
        return Cause.OUTSIDE;
    }

    int failedRequests(Cause cause) {
        return requests.get(cause).values().stream().mapToInt(Integer::intValue).sum();
    }

    int clientRetries(Cause cause) {
        return retries.get(cause).values().stream().mapToInt(Integer::intValue).sum();
    }

    int outside() {
        return failedRequests(Cause.OUTSIDE) + clientRetries(Cause.OUTSIDE);
    }

    /** The windows, the table by cause and, per cause, what failed (status, termination state, server, call). */
    String table(int laptops) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Errors by cause, %d laptops (seconds from the start of the load;"
            + " each window + %.1f s grace):%n", laptops, GRACE_MILLIS / 1000.0));
        if (windows.isEmpty()) {
            text.append("  no faults made\n");
        }
        for (Window window : windows) {
            text.append(String.format(Locale.ROOT, "  %s: %.1f s to %.1f s (%s)%n", window.cause().label, seconds(window.fromMillis()),
                seconds(window.toMillis()), window.note()));
        }
        StringBuilder seen = new StringBuilder();
        for (HealthWatch.Change change : healthChanges) {
            if (change.atMillis() >= startMillis) {
                seen.append(String.format(Locale.ROOT, " %.1f s %s %s;", seconds(change.atMillis()), change.server(), change.state()));
            }
        }
        text.append("  HAProxy's view of the instances:").append(seen.isEmpty() ? " no change" : seen).append('\n');
        text.append("| failed | (a) SIGKILL | (b) PostgreSQL restart | (c) outside |\n|---|---|---|---|\n");
        text.append(String.format(Locale.ROOT, "| requests (HAProxy log: 5xx, no answer, cut) | %d | %d | %d |%n",
            failedRequests(Cause.KILL), failedRequests(Cause.POSTGRES), failedRequests(Cause.OUTSIDE)));
        text.append(String.format(Locale.ROOT, "| rounds retried by the laptops | %d | %d | %d |%n",
            clientRetries(Cause.KILL), clientRetries(Cause.POSTGRES), clientRetries(Cause.OUTSIDE)));
        for (Cause cause : Cause.values()) {
            if (!requests.get(cause).isEmpty() || !retries.get(cause).isEmpty()) {
                text.append("  ").append(cause.label).append(":\n");
                requests.get(cause).forEach((kind, count) -> text.append(String.format(Locale.ROOT, "    request %s: %d%n", kind, count)));
                retries.get(cause).forEach((kind, count) -> text.append(String.format(Locale.ROOT, "    retry %s: %d%n", kind, count)));
            }
        }
        return text.toString();
    }

    private double seconds(long millis) {
        return (millis - startMillis) / 1000.0;
    }

    static List<Window> none() {
        return new ArrayList<>();
    }
}
