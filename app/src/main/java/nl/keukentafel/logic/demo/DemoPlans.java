package nl.keukentafel.logic.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.plan.ClosureRules;
import nl.keukentafel.logic.plan.EndReportDraft;
import nl.keukentafel.logic.plan.Parties;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.ContactWay;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.PartnerNotice;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.Vote;
import nl.keukentafel.store.RecordStore;

/**
 * Brings a demo family's werkplan to its {@link DemoPhase} through the plan's own use cases (start, goals, agree,
 * evaluate, escalate, close), so a demo vault looks as after real work and every refusal rule is obeyed: the plan
 * starts {@value #PLAN_DAYS_AGO} days ago, version 1 is agreed a week later, the evaluation two weeks ago adjusts the
 * first goal into version 2, and a closed family had every partner informed and an end report. Not thread-safe.
 */
final class DemoPlans {
    static final int PLAN_DAYS_AGO = 63;
    private static final int WEEKS = 6;

    private final Session session;
    private final PlanService plan;
    private final RecordStore records;
    private final LocalDate today;

    DemoPlans(Session session, LocalDate today) {
        this.session = session;
        this.plan = session.plan();
        this.records = session.vault().records();
        this.today = today;
    }

    void bring(UUID dossierId, DemoPhase phase) {
        DemoIntake.write(session, dossierId, today, phase != DemoPhase.INTAKE_ONLY);
        if (phase == DemoPhase.INTAKE_ONLY) {
            return;
        }
        Dossier dossier = session.dossiers().read(dossierId);
        List<RecordRef> goals = DemoGoals.write(plan, records, dossier, today.minusDays(PLAN_DAYS_AGO));
        records.patch(PlanIds.plan(dossierId), Map.of(Plan.Field.REFERRER_CONTACT_ID, referrer(dossier).id())).join();
        agree(dossierId, date(56));
        if (phase.atLeast(DemoPhase.EVALUATED)) {
            DemoEvaluation.write(plan, records, dossier, goals, date(14));
            agree(dossierId, date(13));
            // at the evaluation the next one is planned, as the check's T9 asks
            records.patch(PlanIds.plan(dossierId), Map.of(Plan.Field.NEXT_EVALUATION_ON, FieldCheck.write(today.plusWeeks(4)))).join();
        }
        if (phase.atLeast(DemoPhase.SCALED_UP)) {
            DemoEscalation.write(plan, records, dossier, date(10));
        }
        if (phase == DemoPhase.CLOSED) {
            goals.forEach(goal -> records.patch(goal, Map.of(Goal.Field.STATUS, GoalStatus.ACHIEVED.name())).join());
            close(dossierId);
        }
    }

    private void agree(UUID dossierId, String on) {
        List<Party> parties = Parties.expected(plan.read(dossierId), FieldCheck.parseDate(on).orElseThrow()).stream()
                .map(party -> new Party(party.personId(), party.name(), party.role(), Vote.AGREED, "")).toList();
        plan.agree(dossierId, on, parties, WEEKS).join();
    }

    private void close(UUID dossierId) {
        RecordRef closure = plan.prepareClosure(dossierId).join();
        records.patch(closure, Map.of(Closure.Field.REASON, ClosureReason.GOALS_MET.name(), Closure.Field.EXPERT_WHO,
                "Gedragsdeskundige wijkteam", Closure.Field.EXPERT_ON, date(3))).join();
        for (Contact partner : ClosureRules.partners(plan.read(dossierId))) {
            plan.setNotice(dossierId, new PartnerNotice(partner.id(), date(2), ContactWay.MAIL, null)).join();
        }
        String report = EndReportDraft.draft(plan.read(dossierId), session.intake().read(dossierId),
                new Localization(Localization.DUTCH));
        records.patch(closure, Map.of(Closure.Field.END_REPORT, report)).join();
        plan.close(dossierId, date(1)).join();
    }

    /** The first professional contact referred the family; without one, the first contact. */
    private static Contact referrer(Dossier dossier) {
        return dossier.contacts().stream().filter(Contact::professional).findFirst().orElse(dossier.contacts().get(0));
    }

    private String date(int daysAgo) {
        return FieldCheck.write(today.minusDays(daysAgo));
    }

    static String firstName(Dossier dossier, HouseholdRole role) {
        return dossier.members().stream().filter(member -> member.role() == role).map(Member::givenName).findFirst().orElse("het kind");
    }
}
