package nl.keukentafel.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) a separate JVM that is typing into a dossier, at a random moment, then opens the vault and
 * checks the promise of ADR 0001: the file is intact, nothing typed more than a second before the kill is
 * lost, nothing is stored that was not typed, and no typed text is readable in the files.
 *
 * <p>Rounds: {@code -Dkeukentafel.killRounds=100} for a long campaign (default 5); {@code -Dkeukentafel.killSeed=N}
 * repeats a run whose seed was printed.
 */
class KillDuringTypingTest {
    private static final long DURABLE_WITHIN_MILLIS = 1000;
    private static final int MARKER_LENGTH = 4;

    @TempDir
    Path directory;

    /** One printed keystroke: the field, its length after the key, and when (child's monotonic millis). */
    private record Keystroke(String field, int length, long millis) {
    }

    @Test
    void typingSurvivesKillMinusOneSecond() throws Exception {
        int rounds = Integer.getInteger("keukentafel.killRounds", 5);
        long seed = Long.getLong("keukentafel.killSeed", System.nanoTime());
        System.out.println("KillDuringTypingTest: " + rounds + " rounds, seed " + seed + " (-Dkeukentafel.killSeed=" + seed + ")");
        Random random = new Random(seed);
        for (int round = 0; round < rounds; round++) {
            long delay = 1000 + random.nextInt(2001);
            runRound(directory.resolve("round-" + round), random.nextLong(), delay, round);
        }
    }

    private void runRound(Path vaultDirectory, long childSeed, long killDelayMillis, int round) throws Exception {
        Path childErrors = directory.resolve("typist-" + round + ".err");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Typist.class.getName(), vaultDirectory.toString(), Long.toString(childSeed))
                .redirectError(childErrors.toFile()).start();
        List<Keystroke> keystrokes = new ArrayList<>();
        String[] ready;
        long killedAt;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String first = lines.readLine();
            assertThat(first).as("typist did not start; see %s: %s", childErrors, readQuietly(childErrors)).startsWith("READY ");
            ready = first.split(" ");
            Thread reader = Thread.ofPlatform().daemon().start(() -> collect(lines, keystrokes));
            Thread.sleep(killDelayMillis);
            killedAt = System.nanoTime() / 1_000_000L;
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        List<Keystroke> heard;
        synchronized (keystrokes) {
            heard = List.copyOf(keystrokes);
        }
        assertThat(heard).as("keystrokes before the kill").hasSizeGreaterThan(10);
        Map<String, byte[]> afterKill = snapshot(vaultDirectory);
        Map<String, String> stored = readBack(vaultDirectory, UUID.fromString(ready[1]), UUID.fromString(ready[2]),
                UUID.fromString(ready[3]));
        for (String field : Typist.FIELDS) {
            int mustHave = heard.stream().filter(key -> key.field().equals(field) && key.millis() <= killedAt - DURABLE_WITHIN_MILLIS)
                    .mapToInt(Keystroke::length).max().orElse(0);
            int lastTyped = heard.stream().filter(key -> key.field().equals(field)).mapToInt(Keystroke::length).max().orElse(0);
            String value = stored.get(field);
            System.out.printf(Locale.ROOT, "round %d, kill after %d ms, %d keys: %-9s stored %3d, typed a second before %3d,"
                    + " last typed %3d%n", round, killDelayMillis, heard.size(), field, value.length(), mustHave, lastTyped);
            assertThat(Typist.text(field)).as(field).startsWith(value);
            assertThat(value.length()).as("%s: lost what was typed over a second before the kill", field).isGreaterThanOrEqualTo(mustHave);
            assertThat(value.length()).as("%s: stored more than was typed", field).isLessThanOrEqualTo(lastTyped);
            List<String> words = typedWords(Typist.text(field).substring(0, lastTyped));
            assertNoPlaintext(afterKill, words);
            assertNoPlaintext(snapshot(vaultDirectory), words);
        }
    }

    /** What a leak would show: the words typed so far (or the few letters, early on), lower case as in the index. */
    private static List<String> typedWords(String typed) {
        List<String> words = new ArrayList<>();
        for (String word : typed.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= MARKER_LENGTH && typed.toLowerCase(Locale.ROOT).contains(word + " ")) {
                words.add(word);
            }
        }
        if (words.isEmpty() && typed.length() >= MARKER_LENGTH) {
            words.add(typed.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static void collect(BufferedReader lines, List<Keystroke> keystrokes) {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.split(" ");
                if (parts.length == 4 && parts[0].equals("TYPED")) {
                    synchronized (keystrokes) {
                        keystrokes.add(new Keystroke(parts[1], Integer.parseInt(parts[2]), Long.parseLong(parts[3])));
                    }
                }
            }
        } catch (IOException closed) {
            // the pipe closes when the child dies; everything it wrote before is read by then
        }
    }

    /** Opens the vault as the app would after the crash, checks integrity, and reads the three fields. */
    private static Map<String, String> readBack(Path vaultDirectory, UUID dossierId, UUID memberId, UUID contactId) throws Exception {
        try (Vault vault = Vault.unlock(new VaultLocation(vaultDirectory), Typist.PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            try (Connection connection = vault.database().newConnection(); Statement statement = connection.createStatement();
                 ResultSet check = statement.executeQuery("pragma integrity_check")) {
                assertThat(check.next()).isTrue();
                assertThat(check.getString(1)).isEqualTo("ok");
                assertThat(check.next()).isFalse();
            }
            return Map.of("household", field(vault, dossierId, Family.Field.HOUSEHOLD_NAME),
                    "member", field(vault, memberId, Member.Field.GIVEN_NAME),
                    "contact", field(vault, contactId, Contact.Field.RELATION));
        }
    }

    private static String field(Vault vault, UUID id, String name) {
        StoredRecord record = vault.records().find(id).orElseThrow();
        return record.body().hasNonNull(name) ? record.body().get(name).asText() : "";
    }

    /** Every file of the vault (database, WAL, shared memory, journals) as raw bytes. */
    private static Map<String, byte[]> snapshot(Path vaultDirectory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(vaultDirectory)) {
            for (Path file : listing.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertNoPlaintext(Map<String, byte[]> files, List<String> words) {
        assertThat(files).containsKey(VaultLocation.DATABASE_FILE);
        files.forEach((name, bytes) -> {
            String raw = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            for (String word : words) {
                assertThat(raw).as("plaintext '%s' in %s", word, name).doesNotContain(word);
            }
        });
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException missing) {
            return "";
        }
    }
}
