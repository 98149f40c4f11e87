package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.ContactWay;
import nl.keukentafel.model.plan.PartnerNotice;
import org.junit.jupiter.api.Test;

/** Closing needs a reason and every professional and the referrer informed or skipped with a reason. */
class ClosureRulesTest {
    private static Closure closure(ClosureReason reason, String followUpWith, String consequencesOn, List<PartnerNotice> notices) {
        return new Closure(Bakker.id(900), Bakker.DOSSIER, false, null, reason, followUpWith, consequencesOn, null, null, notices,
                null, null, null);
    }

    @Test
    void namesExactlyTheUnmarkedPartnersIncludingTheReferrer() {
        List<PartnerNotice> notices = List.of(
                new PartnerNotice(Bakker.SCHOOL.id(), "28-11-2026", ContactWay.PHONE, null),
                new PartnerNotice(Bakker.JGZ.id(), null, null, "Niet meer betrokken sinds de zomer"),
                new PartnerNotice(Bakker.HUISARTS.id(), " ", null, " "));

        PlanState state = Bakker.state(List.of(), List.of(), closure(ClosureReason.GOALS_MET, null, null, notices));

        assertThat(ClosureRules.unmarked(state)).extracting(Contact::id).containsExactly(Bakker.HUISARTS.id(), Bakker.REFERRER.id());
        assertThat(ClosureRules.problems(state)).extracting(ImportProblem::messageKey).containsExactly("plan.refusal.partnersNotInformed");
        assertThat(ClosureRules.problems(state).get(0).arguments()).containsExactly(2, "Dokter Smit, Ellen Visser");
    }

    @Test
    void informalNetworkNeedsNoNoticeAndAllMarkedMayClose() {
        List<PartnerNotice> notices = List.of(Bakker.SCHOOL, Bakker.JGZ, Bakker.HUISARTS, Bakker.REFERRER).stream()
                .map(contact -> new PartnerNotice(contact.id(), "28-11-2026", ContactWay.MAIL, null)).toList();

        assertThat(ClosureRules.problems(Bakker.state(List.of(), List.of(), closure(ClosureReason.GOALS_MET, null, null, notices))))
                .isEmpty();
    }

    @Test
    void aReasonIsNeededAndSomeReasonsNeedMore() {
        assertThat(keys(null, null, null)).contains("plan.refusal.closeWithoutReason");
        assertThat(keys(ClosureReason.FOLLOW_UP_ARRANGED, "", null)).contains("plan.refusal.followUpWithWhom");
        assertThat(keys(ClosureReason.FOLLOW_UP_ARRANGED, "GGZ Voorbeeld", null)).doesNotContain("plan.refusal.followUpWithWhom");
        assertThat(keys(ClosureReason.FAMILY_ENDED, null, null)).contains("plan.refusal.consequencesNotExplained");
        assertThat(keys(ClosureReason.FAMILY_ENDED, null, "20-11-2026")).doesNotContain("plan.refusal.consequencesNotExplained");
        assertThat(ClosureRules.problems(Bakker.state(List.of(), List.of(), null))).extracting(ImportProblem::messageKey)
                .containsExactly("plan.refusal.closeWithoutReason", "plan.refusal.partnersNotInformed");
    }

    private static List<String> keys(ClosureReason reason, String followUp, String consequences) {
        return ClosureRules.problems(Bakker.state(List.of(), List.of(), closure(reason, followUp, consequences, List.of())))
                .stream().map(ImportProblem::messageKey).toList();
    }
}
