package nl.keukentafel.sync.server.http;

/**
 * Ends the process after an error it cannot come back from. After an OutOfMemoryError any thread may have died
 * half-way (the JDK server has a single dispatcher thread); a process that lives on but no longer answers is worse
 * than one that stops, because a supervisor restarts a stopped one. Stateless.
 */
public final class FatalError {
    /** The exit status a supervisor sees; distinct from picocli's 1 and 2. */
    public static final int EXIT_STATUS = 70;

    private FatalError() {
    }

    /** Halts at once: no shutdown hooks, which may need the memory that is gone. The line names no data. */
    public static void haltProcess() {
        try {
            System.err.println("keukentafel-sync-server: out of memory; stopping so a supervisor can restart it");
        } finally {
            Runtime.getRuntime().halt(EXIT_STATUS);
        }
    }

    /** Makes every thread's uncaught OutOfMemoryError end the process, the JDK server's own threads included. */
    public static void haltOnUncaughtOutOfMemory() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            if (failure instanceof OutOfMemoryError) {
                haltProcess();
            }
            if (previous != null) {
                previous.uncaughtException(thread, failure);
            } else {
                System.err.println("uncaught " + failure.getClass().getName() + " in thread " + thread.getName());
            }
        });
    }
}
