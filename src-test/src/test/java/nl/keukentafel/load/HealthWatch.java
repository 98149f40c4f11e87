package nl.keukentafel.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Polls HAProxy's view of each server (UP, DOWN, and the transitional "UP 1/2", "DOWN 1/2") every 100 ms and keeps
 * the changes with their wall-clock time, so the fault windows end when HAProxy really sends traffic again. A server
 * is in rotation while its state starts with "UP". Thread-safe.
 */
final class HealthWatch implements AutoCloseable {
    private static final long POLL_MILLIS = 100;

    /** One observed change of a server's state. */
    record Change(long atMillis, String server, String state) {
        boolean inRotation() {
            return state.startsWith("UP");
        }
    }

    private final Haproxy haproxy;
    private final List<Change> changes = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    HealthWatch(Haproxy haproxy) {
        this.haproxy = haproxy;
        this.thread = Thread.ofPlatform().daemon().name("health-watch").start(this::poll);
    }

    private void poll() {
        Map<String, String> last = new java.util.HashMap<>();
        while (running) {
            try {
                long now = System.currentTimeMillis();
                for (Map.Entry<String, String> server : haproxy.serverStates().entrySet()) {
                    if (!server.getValue().equals(last.put(server.getKey(), server.getValue()))) {
                        synchronized (changes) {
                            changes.add(new Change(now, server.getKey(), server.getValue()));
                        }
                    }
                }
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException stopped) {
                return;
            } catch (java.io.IOException missed) {
                // One missed poll only blurs a window edge by 100 ms; the next poll sees the state again.
            }
        }
    }

    List<Change> changes() {
        synchronized (changes) {
            return List.copyOf(changes);
        }
    }

    /** When {@code server} was next seen in rotation after having left it, at or after {@code fromMillis}. */
    Optional<Long> backInRotation(String server, long fromMillis) {
        boolean left = false;
        for (Change change : changes()) {
            if (!change.server().equals(server) || change.atMillis() < fromMillis) {
                continue;
            }
            if (!change.inRotation()) {
                left = true;
            } else if (left) {
                return Optional.of(change.atMillis());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code server} left the rotation at some moment at or after {@code fromMillis}. */
    boolean leftRotation(String server, long fromMillis) {
        return changes().stream().anyMatch(change -> change.server().equals(server) && change.atMillis() >= fromMillis
            && !change.inRotation());
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(2000);
    }
}
