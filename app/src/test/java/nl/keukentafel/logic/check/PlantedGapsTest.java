package nl.keukentafel.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five fictional families, each written like a real one through the app's use cases into one real encrypted vault,
 * each with planted gaps (see each family's class): the check reports exactly those — nothing missed, nothing extra —
 * across every criterion. The clock stands on 1 December 2026, so ages, terms and overdue lines are fixed.
 */
class PlantedGapsTest {
    static final Instant TODAY = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    static Path directory;
    private static SessionManager manager;
    private static Session session;
    private static Planted kuipers;
    private static Planted deGroot;
    private static Planted elAmrani;
    private static Planted visser;
    private static Planted mulder;

    @BeforeAll
    static void writeTheFamilies() throws Exception {
        manager = new SessionManager(new VaultLocation(directory), Clock.fixed(TODAY, ZoneOffset.UTC), KdfParams.FAST_FOR_TESTS);
        session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
        kuipers = KuipersFamily.write(session);
        deGroot = DeGrootFamily.write(session);
        elAmrani = ElAmraniFamily.write(session);
        visser = VisserFamily.write(session);
        mulder = MulderFamily.write(session);
    }

    @AfterAll
    static void lock() {
        manager.lock();
    }

    private static List<String> open(Planted family) {
        return session.checker().check(family.dossier()).open().stream().map(Finding::key).toList();
    }

    @Test
    void aSingleMotherWithThreeAutisticChildrenAndAPlanForOneOfThem() {
        assertThat(open(kuipers)).containsExactlyInAnyOrderElementsOf(kuipers.gaps());
    }

    @Test
    void aFatherAdmittedUnderACourtOrderWhoseLeaveEndangersTheFamily() {
        assertThat(open(deGroot)).containsExactlyInAnyOrderElementsOf(deGroot.gaps());
    }

    @Test
    void aHomelessFamilyLivingWithTheGrandmother() {
        assertThat(open(elAmrani)).containsExactlyInAnyOrderElementsOf(elAmrani.gaps());
    }

    @Test
    void aFamilyBeingClosedWithTheSchoolNotToldAndNoSafetyInTheEndReport() {
        assertThat(open(visser)).containsExactlyInAnyOrderElementsOf(visser.gaps());
    }

    @Test
    void aFamilyWhoseTeenagersWereNotHeard() {
        assertThat(open(mulder)).containsExactlyInAnyOrderElementsOf(mulder.gaps());
    }

    @Test
    void everyFindingHasItsCriterionInItsKeyAndASentenceInBothLanguages() {
        Localization dutch = new Localization(Locale.forLanguageTag("nl"));
        Localization english = new Localization(Locale.ENGLISH);
        for (Planted family : List.of(kuipers, deGroot, elAmrani, visser, mulder)) {
            for (Finding finding : session.checker().check(family.dossier()).open()) {
                assertThat(finding.key()).startsWith(finding.criterion().name() + ":");
                for (Localization text : List.of(dutch, english)) {
                    assertThat(text.get(finding.messageKey(), finding.arguments().toArray())).as(finding.key())
                            .isNotBlank().doesNotContain(finding.messageKey()).doesNotContain("{0}");
                }
            }
        }
    }

    @Test
    void aGapRecordedAsAnExceptionShowsAsMetWithItsReason() {
        String key = deGroot.gaps().get(0);
        assertThat(key).startsWith("T9:overdue:");
        assertThat(session.checker().check(deGroot.dossier()).evaluationOverdue()).as("the caseload's 'te laat'").isTrue();
        assertThat(session.checker().check(kuipers.dossier()).evaluationOverdue()).isFalse();
        session.checker().waive(deGroot.dossier(), key, "Evaluatie verzet: vader kwam onverwacht thuis").join();
        try {
            CheckReport report = session.checker().check(deGroot.dossier());
            assertThat(report.open()).extracting(Finding::key).doesNotContain(key).hasSize(deGroot.gaps().size() - 1);
            assertThat(report.result(Criterion.T9).verdict()).isEqualTo(Verdict.MET);
            assertThat(report.evaluationOverdue()).as("an exception recorded: no longer 'te laat'").isFalse();
            assertThat(report.result(Criterion.T9).waived()).singleElement()
                    .satisfies(waived -> assertThat(waived.waiver().reason()).startsWith("Evaluatie verzet"));
        } finally {
            session.checker().unwaive(deGroot.dossier(), key).join();
        }
    }
}
