package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A really small file system for full-disk tests: a tmpfs of a given size, mounted on a fresh temporary folder and
 * unmounted on close. Tests that need it are skipped (not failed) where mounting is not permitted. Not thread-safe.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code size} (e.g. "1m"); skips the calling test when that is not permitted here. */
    public static SmallDisk mount(String size) throws IOException, InterruptedException {
        Path mountPoint = Files.createTempDirectory("keukentafel-small-disk");
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString());
        if (!mounted) {
            Files.deleteIfExists(mountPoint);
        }
        Assumptions.assumeTrue(mounted, "mounting a small tmpfs is not permitted here");
        return new SmallDisk(mountPoint);
    }

    public Path path() {
        return mountPoint;
    }

    /** Writes {@code filler} until the file system refuses another byte, then frees {@code room} bytes of it. */
    public void fillLeaving(Path filler, int room) throws IOException {
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int chunk : new int[] {64 * 1024, 4096, 1}) {
                ByteBuffer buffer = ByteBuffer.allocate(chunk);
                try {
                    while (true) {
                        buffer.clear();
                        channel.write(buffer);
                    }
                } catch (IOException full) {
                    assertThat(full.getMessage()).contains("No space left");
                }
            }
            channel.truncate(channel.size() - room);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!run("umount", mountPoint.toString())) {
            run("umount", "-l", mountPoint.toString());
        }
        Files.deleteIfExists(mountPoint);
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException notAvailable) {
            return false;
        }
    }
}
