package nl.keukentafel.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.TestClock;
import nl.keukentafel.logic.CaseloadService;
import nl.keukentafel.logic.intake.IntakeFixture;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caseload's "Open punten" is the check's count of today: it drops when a finding is fixed and moves with the day. */
class CaseloadCountsTest {
    @TempDir
    Path directory;

    @Test
    void theCountIsTheChecksOpenCountDropsWhenFixedAndDoesNotGoStaleOvernight() throws Exception {
        try (IntakeFixture fixture = new IntakeFixture(directory)) {
            UUID dossier = fixture.family("Gezin Visser");
            fixture.member(dossier, "Anna", HouseholdRole.PARENT, "03-04-1988");
            fixture.member(dossier, "Mila", HouseholdRole.CHILD, "02-12-2026");
            DossierChecker checker = fixture.session().checker();
            TestClock days = new TestClock(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
            CaseloadService caseload = new CaseloadService(fixture.session().vault(), new CaseloadCounts(checker), days);

            CaseloadService.Entry before = caseload.entries("", false).get(0);
            CheckReport report = checker.checkStored(dossier, LocalDate.of(2026, 12, 1));
            assertThat(before.openCount()).isEqualTo(report.openCount()).isPositive();
            assertThat(before.worst()).contains("T1");
            assertThat(report.open()).extracting(Finding::key).contains("T7:no-regisseur");
            assertThat(caseload.search("", false).get(0).openPoints()).isEqualTo(before.openCount());

            fixture.patch(new RecordRef(RecordKind.FAMILY, dossier, dossier), Map.of(Family.Field.REGISSEUR_NAME, "Fatima el Amrani",
                    Family.Field.REGISSEUR_ORGANISATION, "Wijkteam", Family.Field.REGISSEUR_PHONE, "0223 123 456"));
            assertThat(caseload.entries("", false).get(0).openCount()).isEqualTo(before.openCount() - 1);

            days.advance(Duration.ofDays(1));
            CheckReport nextDay = checker.checkStored(dossier, LocalDate.now(days));
            assertThat(nextDay.open()).extracting(Finding::key).as("Mila is born: her birth date is no longer in the future,"
                    + " she needs youth health care").noneMatch(key -> key.endsWith(":birthDate:DATE_IN_FUTURE"))
                    .anyMatch(key -> key.startsWith("T5:noJgz:"));
            assertThat(caseload.entries("", false).get(0).openCount()).isEqualTo(nextDay.openCount());
        }
    }

    @Test
    void withoutAPlannedVisitTheFamilyWithMostOpenPointsComesFirst() throws Exception {
        try (IntakeFixture fixture = new IntakeFixture(directory)) {
            UUID calm = fixture.family("Gezin Alfa");
            fixture.patch(new RecordRef(RecordKind.FAMILY, calm, calm), Map.of(Family.Field.REGISSEUR_NAME, "Fatima el Amrani",
                    Family.Field.REGISSEUR_ORGANISATION, "Wijkteam", Family.Field.REGISSEUR_EMAIL, "f.elamrani@wijkteam.example"));
            fixture.family("Gezin Zwart");
            CaseloadService caseload = fixture.session().caseload();

            assertThat(caseload.entries("", false)).extracting(entry -> entry.row().householdName())
                    .containsExactly("Gezin Zwart", "Gezin Alfa");
        }
    }
}
