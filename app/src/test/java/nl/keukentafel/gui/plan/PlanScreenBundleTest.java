package nl.keukentafel.gui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Werkplan tab's bundle has the same keys in Dutch and English, and every key is used by the screen (its own
 * test, so the shared consistency test's language list needs no edit; that test already finds keys the code asks for
 * but no bundle has).
 */
class PlanScreenBundleTest {
    private static Set<String> keys(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlanScreenBundleTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys("planscreen_en")).containsExactlyInAnyOrderElementsOf(keys("planscreen"));
    }

    @Test
    void everyKeyIsUsedByTheScreen() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/keukentafel/gui"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                code.append(Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", ""));
            }
        }
        Set<String> unused = new TreeSet<>(keys("planscreen"));
        unused.removeIf(key -> code.indexOf('"' + key + '"') >= 0);
        assertThat(unused).as("keys in planscreen.properties that the screens never use").isEmpty();
    }
}
