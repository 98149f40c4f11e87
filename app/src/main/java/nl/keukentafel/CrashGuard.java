package nl.keukentafel;

import java.io.PrintStream;
import java.util.Set;

/**
 * Crash output without personal data. Our own exceptions carry ids only, but a library's message can quote
 * what it was parsing (a JSON snippet, an SQL value), so for anything that is not ours only the class names and
 * stack frames are printed. Installed once by the {@link Launcher}; thread-safe.
 */
final class CrashGuard {
    private static final Set<String> OWN_PACKAGES = Set.of("nl.keukentafel.");

    private CrashGuard() {
    }

    static void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> print(thread.getName(), failure, System.err));
    }

    static void print(String threadName, Throwable failure, PrintStream out) {
        StringBuilder report = new StringBuilder("Keukentafel: unexpected error in thread ").append(threadName).append('\n');
        int depth = 0;
        for (Throwable current = failure; current != null && depth < 10; current = current.getCause(), depth++) {
            report.append(depth == 0 ? "" : "Caused by: ").append(current.getClass().getName());
            if (isOwn(current)) {
                report.append(": ").append(current.getMessage());
            }
            report.append('\n');
            for (StackTraceElement frame : current.getStackTrace()) {
                report.append("\tat ").append(frame).append('\n');
            }
        }
        out.print(report);
        out.flush();
    }

    private static boolean isOwn(Throwable failure) {
        String name = failure.getClass().getName();
        return OWN_PACKAGES.stream().anyMatch(name::startsWith);
    }
}
