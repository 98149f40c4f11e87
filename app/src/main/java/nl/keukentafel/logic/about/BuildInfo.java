package nl.keukentafel.logic.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The version, build time and third-party licence list that Maven wrote into the app jar
 * ({@code nl/keukentafel/build.properties}, filtered; {@code nl/keukentafel/THIRD-PARTY.txt}, from
 * license-maven-plugin, which reads each library's own POM). Nothing here is kept by hand. Immutable and thread-safe.
 *
 * @param version the project version, empty when the resource was not filtered (a run from an IDE without Maven)
 * @param built when the jar was built (UTC, as Maven wrote it)
 * @param libraries one line per bundled library: "(licence) name (group:artifact:version - url)"
 */
public record BuildInfo(Optional<String> version, String built, List<String> libraries) {
    static final String BUILD_RESOURCE = "/nl/keukentafel/build.properties";
    static final String LIBRARIES_RESOURCE = "/nl/keukentafel/THIRD-PARTY.txt";

    public BuildInfo {
        libraries = List.copyOf(libraries);
    }

    /** What this jar's build wrote. */
    public static BuildInfo ofThisBuild() {
        Properties build = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(BUILD_RESOURCE)) {
            if (in != null) {
                build.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException unreadable) {
            // shown as an unknown version
        }
        String version = build.getProperty("version", "");
        Optional<String> known = version.isBlank() || version.startsWith("${") ? Optional.empty() : Optional.of(version);
        return new BuildInfo(known, build.getProperty("built", ""), libraries(BuildInfo.class.getResourceAsStream(LIBRARIES_RESOURCE)));
    }

    /** The library lines of a THIRD-PARTY.txt (its header line "Lists of N third-party dependencies." left out). */
    static List<String> libraries(InputStream in) {
        if (in == null) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> line.startsWith("(")).toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }
}
