package nl.keukentafel.logic.check;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every finding's message key the rules name exists in both languages of the check's bundle. The bundle-wide
 * consistency test checks the other direction (every key is used) and the screens' lookups; a finding's key is only
 * looked up when a screen shows it, so a typo would otherwise show the key itself to a consultant.
 */
class CheckMessagesTest {
    private static final Pattern FINDING_KEY = Pattern.compile("\"(check\\.t\\d+\\.[a-zA-Z]+)\"");

    @Test
    void everyFindingMessageKeyOfTheRulesIsInBothLanguages() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/nl/keukentafel/logic/check"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith("Rule.java") || path.toString().endsWith("Triggers.java"))
                    .toList()) {
                Matcher matcher = FINDING_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }

        assertThat(named).as("the rules name their messages").hasSizeGreaterThan(20);
        assertThat(keys("check")).containsAll(named);
        assertThat(keys("check_en")).containsAll(named);
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream stream = CheckMessagesTest.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
