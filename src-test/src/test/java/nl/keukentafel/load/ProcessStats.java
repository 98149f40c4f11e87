package nl.keukentafel.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** CPU time and memory of processes, from Linux's /proc. Stateless. */
final class ProcessStats {
    private static final double TICKS = 100.0;

    private ProcessStats() {
    }

    static double cpuSeconds(long pid) throws IOException {
        String[] fields = stat(pid);
        return fields.length == 0 ? 0 : (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
    }

    static double cpuSecondsWithWaitedChildren(long pid) throws IOException {
        String[] fields = stat(pid);
        return fields.length == 0 ? 0 : (Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
            + Long.parseLong(fields[14])) / TICKS;
    }

    /** Peak resident memory (VmHWM) in MiB; 0 when the process is gone. */
    static double peakRssMib(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return 0;
    }

    static List<Long> children(long pid) throws IOException {
        List<Long> children = new ArrayList<>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return children;
        }
        try (var threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                Path file = thread.resolve("children");
                if (Files.exists(file)) {
                    for (String child : Files.readString(file).trim().split("\\s+")) {
                        if (!child.isEmpty()) {
                            children.add(Long.parseLong(child));
                        }
                    }
                }
            }
        }
        return children;
    }

    /** The fields of /proc/PID/stat after the command name (so index 11 is utime), or none when it is gone. */
    private static String[] stat(long pid) throws IOException {
        Path file = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(file)) {
            return new String[0];
        }
        String text = Files.readString(file);
        return text.substring(text.lastIndexOf(')') + 2).split(" ");
    }
}
