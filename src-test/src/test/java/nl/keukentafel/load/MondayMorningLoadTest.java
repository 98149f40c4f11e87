package nl.keukentafel.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test of the production shape ({@link MondayMorning}): off in {@code verify}; run with
 * {@code ./mvn21 -o -B -pl src-test -am test -Dtest=MondayMorningLoadTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dkeukentafel.load=10,100} (the laptop counts to run, one after the other); {@code -Dkeukentafel.load.faults=false}
 * runs the same morning without the SIGKILL and the PostgreSQL restart. Needs Debian's postgresql-15 and haproxy
 * packages. Prints one table row per count and the failed requests by cause ({@link ErrorsByCause}); fails when a
 * laptop does not converge, something is lost or doubled, a conflict is missing on either side, or any request or
 * round failed outside the fault windows (without faults: any at all).
 */
@EnabledIfSystemProperty(named = "keukentafel.load", matches = "[0-9, ]+")
class MondayMorningLoadTest {
    private static final Logger QUIET = Logger.getLogger("org.flywaydb");

    @TempDir
    Path work;

    @Test
    void aHundredLaptopsSyncAtOnceThroughAKilledInstanceAndAPostgresRestartAndConverge() throws Exception {
        assertThat(PostgresServer.installed()).as("PostgreSQL 15 binaries").isTrue();
        assertThat(Haproxy.installed()).as("haproxy").isTrue();
        QUIET.setLevel(Level.WARNING);
        Logger.getLogger("com.zaxxer.hikari").setLevel(Level.WARNING);
        boolean faults = !"false".equals(System.getProperty("keukentafel.load.faults"));
        List<String> rows = new ArrayList<>();
        for (String count : System.getProperty("keukentafel.load").split(",")) {
            int laptops = Integer.parseInt(count.strip());
            Path run = Files.createDirectories(work.resolve("n" + laptops));
            MondayMorning.Report report;
            try {
                report = MondayMorning.run(run, laptops, faults);
            } finally {
                keepLogs(run, "n" + laptops + (faults ? "" : "-no-faults"));
            }
            rows.add(report.line());
            System.out.println(MondayMorning.Report.header());
            rows.forEach(System.out::println);
            System.out.println(report.errors().table(laptops));
            assertThat(report.errors().outside()).as("requests and rounds that failed outside the fault windows").isZero();
        }
    }

    /** HAProxy's request log, its configuration and the instances' logs stay in target/monday-morning for a look. */
    private static void keepLogs(Path run, String name) throws java.io.IOException {
        Path kept = Files.createDirectories(Path.of("target", "monday-morning", name));
        try (var files = Files.list(run)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".log") || file.toString().endsWith(".cfg")).toList()) {
                Files.copy(file, kept.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
