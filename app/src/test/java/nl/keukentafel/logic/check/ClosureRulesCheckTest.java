package nl.keukentafel.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.ContactWay;
import nl.keukentafel.model.plan.PartnerNotice;
import org.junit.jupiter.api.Test;

/** T13's three rules: the reason, every partner informed, the end report with its safety section. */
class ClosureRulesCheckTest {
    private static final String REPORT = "Eindverslag\nHulpvraag\n- Rust in huis\nVeiligheid per kind (begin en einde)\n- Noor: veilig\n";

    private final ClosureReasonRule reason = new ClosureReasonRule();
    private final PartnerNoticeRule partners = new PartnerNoticeRule();
    private final EndReportRule report = new EndReportRule();
    private final PlanFacts family = new PlanFacts();

    private void closure(boolean closed, ClosureReason why, String followUp, String explained, List<PartnerNotice> notices, String text,
                         String reopenedOn) {
        family.closure = new Closure(PlanFacts.id(40), PlanFacts.DOSSIER, closed, closed ? "30-11-2026" : null, why, followUp, explained,
                null, null, notices, text, reopenedOn, reopenedOn == null ? null : "Nieuwe zorgen");
    }

    private static List<PartnerNotice> everyoneInformed() {
        return List.of(new PartnerNotice(PlanFacts.SCHOOL.id(), "28-11-2026", ContactWay.MAIL, null),
                new PartnerNotice(PlanFacts.REFERRER.id(), null, null, "Verwijzer heeft zelf afgesloten"));
    }

    @Test
    void aClosureWithReasonEveryPartnerMarkedAndAReportWithSafetyPasses() {
        closure(true, ClosureReason.GOALS_MET, null, null, everyoneInformed(), REPORT, null);

        for (Rule rule : List.of(reason, partners, report)) {
            assertThat(rule.applies(family.facts())).isTrue();
            assertThat(family.keys(rule)).isEmpty();
        }
    }

    @Test
    void notApplicableUntilClosingStartsNorAfterReopening() {
        assertThat(reason.applies(family.facts())).as("no closure").isFalse();
        closure(false, null, null, null, List.of(), null, null);
        assertThat(partners.applies(family.facts())).as("the closure record the Evaluatie tab makes").isFalse();
        closure(false, ClosureReason.GOALS_MET, null, null, List.of(), null, "01-12-2026");
        assertThat(report.applies(family.facts())).as("reopened").isFalse();
        closure(false, null, null, null, List.of(new PartnerNotice(PlanFacts.SCHOOL.id(), "28-11-2026", ContactWay.PHONE, null)), null,
                null);
        assertThat(report.applies(family.facts())).as("a partner informed").isTrue();
    }

    @Test
    void theReasonAndWhatItNeedsPointAtTheirFields() {
        closure(false, null, null, null, everyoneInformed(), REPORT, null);
        family.closure = new Closure(PlanFacts.id(40), PlanFacts.DOSSIER, false, null, null, null, null, null, null, everyoneInformed(),
                REPORT, null, null);
        assertThat(reason.findings(family.facts())).extracting(Finding::key, Finding::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T13:reason", Closure.Field.REASON));

        closure(false, ClosureReason.FOLLOW_UP_ARRANGED, " ", null, everyoneInformed(), REPORT, null);
        assertThat(reason.findings(family.facts())).extracting(Finding::key, Finding::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T13:follow-up", Closure.Field.FOLLOW_UP_WITH));

        closure(false, ClosureReason.FAMILY_ENDED, null, "", everyoneInformed(), REPORT, null);
        assertThat(reason.findings(family.facts())).extracting(Finding::key, Finding::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T13:consequences", Closure.Field.CONSEQUENCES_EXPLAINED_ON));
    }

    @Test
    void aPartnerNotInformedIsNamedAndPointsAtTheNotices() {
        closure(true, ClosureReason.GOALS_MET, null, null, List.of(new PartnerNotice(PlanFacts.REFERRER.id(), "28-11-2026", null, null),
                new PartnerNotice(PlanFacts.SCHOOL.id(), " ", null, " ")), REPORT, null);

        List<Finding> findings = partners.findings(family.facts());

        assertThat(findings).extracting(Finding::key).containsExactly("T13:partner:" + PlanFacts.SCHOOL.id());
        assertThat(findings.get(0).target().kind()).isEqualTo(RecordKind.CLOSURE);
        assertThat(findings.get(0).field()).isEqualTo(Closure.Field.NOTICES);
        assertThat(findings.get(0).arguments()).containsExactly("Juf Kramer, Basisschool De Linde");
    }

    @Test
    void anEndReportIsNeededAndItNeedsASafetySection() {
        closure(true, ClosureReason.GOALS_MET, null, null, everyoneInformed(), " ", null);
        assertThat(family.keys(report)).containsExactly("T13:end-report");

        closure(true, ClosureReason.GOALS_MET, null, null, everyoneInformed(), "Het gaat goed. Veilig Thuis was niet nodig.", null);
        assertThat(family.keys(report)).containsExactly("T13:end-report-safety");

        closure(true, ClosureReason.GOALS_MET, null, null, everyoneInformed(), "Verloop\n## Veiligheid\nNoor en Finn veilig.", null);
        assertThat(family.keys(report)).isEmpty();
    }

    @Test
    void theSafetyHeadingIsFoundInEitherLanguageAfterMarks() {
        assertThat(EndReportRule.hasSafetySection("Process\n- Safety per child (start and end)\n")).isTrue();
        assertThat(EndReportRule.hasSafetySection("**VEILIGHEID**")).isTrue();
        assertThat(EndReportRule.hasSafetySection("Over de veiligheid: goed")).isFalse();
    }
}
