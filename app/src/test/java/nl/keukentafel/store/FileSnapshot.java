package nl.keukentafel.store;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The exact state of the regular files in a directory (bytes and modification times), to prove that an
 * operation changed nothing, and a byte-sequence search over files. Immutable.
 */
public record FileSnapshot(Map<Path, State> files) {
    /** One file's content and modification time. */
    public record State(byte[] bytes, FileTime modified) {
        @Override
        public boolean equals(Object other) {
            return other instanceof State state && Arrays.equals(bytes, state.bytes) && modified.equals(state.modified);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes) * 31 + modified.hashCode();
        }

        @Override
        public String toString() {
            return bytes.length + " bytes, modified " + modified;
        }
    }

    public static FileSnapshot of(Path directory) throws IOException {
        Map<Path, State> files = new TreeMap<>();
        try (var entries = Files.list(directory)) {
            for (Path file : entries.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName(), new State(Files.readAllBytes(file), Files.getLastModifiedTime(file)));
            }
        }
        return new FileSnapshot(files);
    }

    /** Regular files under {@code root} (a few levels deep), skipping what cannot be read. */
    public static Set<Path> regularFiles(Path root, int depth) throws IOException {
        Set<Path> found = new HashSet<>();
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), depth, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    /** "file: value (encoding)" for every value found in any of the files, in UTF-8, UTF-16LE or UTF-16BE. */
    public static List<String> plaintextFindings(Collection<Path> files, Collection<String> values) {
        List<String> findings = new ArrayList<>();
        for (Path file : files) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException vanished) {
                continue; // another process's temp file that went away while we looked
            }
            for (String value : values) {
                for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                    if (indexOf(content, value.getBytes(charset)) >= 0) {
                        findings.add(file + ": " + value + " (" + charset + ")");
                    }
                }
            }
        }
        return findings;
    }

    /** The first position of {@code needle} as a contiguous sequence in {@code haystack}, or -1. */
    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int start = 0; start <= haystack.length - needle.length; start++) {
            for (int offset = 0; offset < needle.length; offset++) {
                if (haystack[start + offset] != needle[offset]) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }
}
