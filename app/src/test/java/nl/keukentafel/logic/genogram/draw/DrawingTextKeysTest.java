package nl.keukentafel.logic.genogram.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.keukentafel.i18n.Localization;
import org.junit.jupiter.api.Test;

/**
 * The drawing code gets its texts through a plain function, which LocalizationConsistencyTest does not follow: every
 * key literal in the drawing, ecogram and export packages must exist in both languages.
 */
class DrawingTextKeysTest {
    private static final Pattern KEY = Pattern.compile("\"((?:genogram|ecogram|relationType)\\.[a-zA-Z0-9_.]+)\"");

    @Test
    void everyKeyTheDrawingsAskForExistsInDutchAndEnglish() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String folder : new String[] {"draw", "ecogram", "export"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/keukentafel/logic/genogram", folder))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher matcher = KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(40);
        for (Localization language : new Localization[] {new Localization(Localization.DUTCH), new Localization(Localization.ENGLISH)}) {
            assertThat(keys).allSatisfy(key -> assertThat(language.has(key)).as(key).isTrue());
        }
    }
}
