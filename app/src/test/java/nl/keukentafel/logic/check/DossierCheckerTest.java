package nl.keukentafel.logic.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeFixture;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.check.CheckException;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.StoredRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check's use case on a real encrypted vault: recorded exceptions are one record per finding, audited, with a reason. */
class DossierCheckerTest {
    private static final String KEY = "T3:assessment-missing:00000000-0000-0000-0000-000000000001";

    @TempDir
    Path directory;

    @Test
    void anExceptionWithoutAReasonIsRefusedInDutchAndNothingIsWritten() throws Exception {
        try (IntakeFixture fixture = new IntakeFixture(directory)) {
            UUID dossier = fixture.family("Gezin Visser");
            DossierChecker checker = fixture.session().checker();

            assertThatThrownBy(() -> checker.waive(dossier, KEY, "  ").join())
                    .satisfies(failure -> assertThat(CheckRefusal.in(failure).orElseThrow()
                            .text(new Localization(Locale.forLanguageTag("nl")))).startsWith("Geef een reden"));

            assertThat(exceptionRecords(fixture, dossier)).isEmpty();
            assertThat(checker.waivers(dossier)).isEmpty();
        }
    }

    @Test
    void waivingTheSameFindingTwiceKeepsOneRecordWithTheLatestReasonAndEveryWriteIsAudited() throws Exception {
        try (IntakeFixture fixture = new IntakeFixture(directory)) {
            UUID dossier = fixture.family("Gezin Visser");
            DossierChecker checker = fixture.session().checker();

            checker.waive(dossier, KEY, "Kind woont in het buitenland").join();
            checker.waive(dossier, KEY, "Kind woont bij de vader in Belgi\u00eb").join();

            assertThat(exceptionRecords(fixture, dossier)).singleElement()
                    .satisfies(record -> assertThat(record.ref()).isEqualTo(CheckException.ref(dossier, KEY)));
            assertThat(checker.waivers(dossier)).singleElement().satisfies(waiver -> {
                assertThat(waiver.findingKey()).isEqualTo(KEY);
                assertThat(waiver.reason()).isEqualTo("Kind woont bij de vader in Belgi\u00eb");
                assertThat(waiver.recordedBy()).isEqualTo(fixture.session().consultantName());
            });
            assertThat(fixture.session().vault().audit().forDossier(dossier))
                    .filteredOn(entry -> entry.kind() == RecordKind.CHECK_EXCEPTION).extracting(AuditLog.Entry::action)
                    .containsExactly("update", "create"); // newest first
        }
    }

    @Test
    void withdrawingAnExceptionDeletesItAndWaivingAgainRestoresTheOneRecord() throws Exception {
        try (IntakeFixture fixture = new IntakeFixture(directory)) {
            UUID dossier = fixture.family("Gezin Visser");
            DossierChecker checker = fixture.session().checker();
            checker.waive(dossier, KEY, "Kind woont in het buitenland").join();

            checker.unwaive(dossier, KEY).join();
            assertThat(checker.waivers(dossier)).isEmpty();
            checker.unwaive(dossier, KEY).join();

            checker.waive(dossier, KEY, "Toch een uitzondering").join();
            assertThat(checker.waivers(dossier)).extracting(Waiver::reason).containsExactly("Toch een uitzondering");
            assertThat(fixture.session().vault().audit().forDossier(dossier))
                    .filteredOn(entry -> entry.kind() == RecordKind.CHECK_EXCEPTION).extracting(AuditLog.Entry::action)
                    .containsExactly("update", "restore", "delete", "create"); // newest first
        }
    }

    private static List<StoredRecord> exceptionRecords(IntakeFixture fixture, UUID dossier) {
        return fixture.session().vault().records().dossierRecords(dossier).stream()
                .filter(record -> record.ref().kind() == RecordKind.CHECK_EXCEPTION).toList();
    }
}
