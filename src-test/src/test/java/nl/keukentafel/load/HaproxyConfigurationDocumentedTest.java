package nl.keukentafel.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The HAProxy configuration sync-server/README.md shows is the one the load test runs ({@link Haproxy#configuration}),
 * so the documented deployment cannot drift from the tested one. Runs in {@code verify}; needs no HAProxy.
 */
class HaproxyConfigurationDocumentedTest {
    @Test
    void theReadmeShowsTheTestedConfiguration() throws Exception {
        String readme = Files.readString(Path.of("../sync-server/README.md"));
        String tested = Haproxy.configuration(8443, 8404) + Haproxy.serverLine(1, 8101) + Haproxy.serverLine(2, 8102);
        int start = readme.indexOf("```haproxy\n");
        assertThat(start).as("a ```haproxy block in the README").isNotNegative();
        int end = readme.indexOf("```", start + 10);
        assertThat(readme.substring(start + "```haproxy\n".length(), end)).isEqualTo(tested);
    }
}
