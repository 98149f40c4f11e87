package nl.keukentafel.logic.plan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.FgpOutcome;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.Presence;

/**
 * Wrong values in the live plan, for the dossier check and the screens: unreadable dates, an action due before the
 * plan started, an evaluation dated more than a day ahead, a stopped goal without a reason, a goal on a life domain
 * not in the intake's list, someone absent from an evaluation without a reason or without saying whether the referrer
 * was told, a familiegroepsplan declined without a reason. Computed, never stored; never blocks typing (the plan
 * file import refuses the date and reference problems whole). Stateless and thread-safe.
 */
public final class PlanChecks {
    private PlanChecks() {
    }

    public static List<PlanProblem> problems(PlanState state, LocalDate today) {
        return problems(state, null, today);
    }

    /** With the intake, also goals on domains outside its list. */
    public static List<PlanProblem> problems(PlanState state, IntakeState intake, LocalDate today) {
        List<PlanProblem> problems = new ArrayList<>();
        UUID dossierId = state.dossier().family().id();
        state.plan().ifPresent(plan -> dates(PlanIds.plan(dossierId), plan, problems));
        Optional<LocalDate> started = state.plan().flatMap(plan -> PlanDates.parse(plan.startedOn()));
        Set<String> codes = intake == null ? null : codes(intake);
        int place = 0;
        for (Goal goal : state.goals()) {
            place++;
            RecordRef ref = new RecordRef(RecordKind.PLAN_GOAL, goal.id(), dossierId);
            dates(ref, goal, problems);
            if (goal.status() == GoalStatus.STOPPED && Text.isBlank(goal.stopReason())) {
                problems.add(new PlanProblem(ref, Goal.Field.STOP_REASON, "plan.problem.stopWithoutReason", List.of(place)));
            }
            if (codes != null) {
                for (String code : goal.domainCodes()) {
                    if (!codes.contains(code)) {
                        problems.add(new PlanProblem(ref, Goal.Field.DOMAIN_CODES, "plan.problem.unknownDomain", List.of(place, code)));
                    }
                }
            }
        }
        for (Action action : state.actions()) {
            RecordRef ref = new RecordRef(RecordKind.PLAN_ACTION, action.id(), dossierId);
            dates(ref, action, problems);
            Optional<LocalDate> due = PlanDates.parse(action.dueDate());
            if (due.isPresent() && started.isPresent() && due.get().isBefore(started.get())) {
                problems.add(new PlanProblem(ref, Action.Field.DUE_DATE, "plan.problem.dueBeforePlan",
                        List.of(Text.isBlank(action.what()) ? "…" : action.what().strip())));
            }
        }
        for (Evaluation evaluation : state.evaluations()) {
            RecordRef ref = new RecordRef(RecordKind.EVALUATION, evaluation.id(), dossierId);
            dates(ref, evaluation, problems);
            PlanDates.parse(evaluation.heldOn()).filter(held -> PlanDates.ahead(held, today)).ifPresent(held -> problems.add(
                    new PlanProblem(ref, Evaluation.Field.HELD_ON, "plan.problem.evaluationAhead", List.of(evaluation.heldOn()))));
            absences(ref, evaluation, problems);
        }
        state.plan().filter(plan -> plan.fgpOutcome() == FgpOutcome.DECLINED && Text.isBlank(plan.fgpReason()))
                .ifPresent(plan -> problems.add(new PlanProblem(PlanIds.plan(dossierId), Plan.Field.FGP_REASON,
                        "plan.problem.fgpDeclinedWithoutReason", List.of())));
        state.agreements().forEach(item -> dates(new RecordRef(RecordKind.PLAN_AGREEMENT, item.id(), dossierId), item, problems));
        state.referrals().forEach(item -> dates(new RecordRef(RecordKind.PLAN_REFERRAL, item.id(), dossierId), item, problems));
        state.phases().forEach(item -> dates(new RecordRef(RecordKind.REGIE_PHASE, item.id(), dossierId), item, problems));
        state.scalings().forEach(item -> dates(new RecordRef(RecordKind.SCALING, item.id(), dossierId), item, problems));
        state.partnerIssues().forEach(item -> dates(new RecordRef(RecordKind.PARTNER_ISSUE, item.id(), dossierId), item, problems));
        state.closure().ifPresent(closure -> dates(PlanIds.closure(dossierId), closure, problems));
        return problems;
    }

    /** One attendance line: absent (declined or did not come) while its reason or "referrer told" is still open. */
    public static boolean incomplete(Attendance line) {
        return absent(line) && (Text.isBlank(line.reason()) || line.referrerTold() == null);
    }

    private static boolean absent(Attendance line) {
        return line.presence() == Presence.DECLINED || line.presence() == Presence.NO_SHOW;
    }

    /** The werkwijze asks, for whoever declined or did not come, the reason and whether the referrer was told. */
    private static void absences(RecordRef ref, Evaluation evaluation, List<PlanProblem> problems) {
        for (Attendance line : evaluation.attendance()) {
            if (absent(line)) {
                String who = Text.isBlank(line.name()) ? "?" : line.name().strip();
                if (Text.isBlank(line.reason())) {
                    problems.add(new PlanProblem(ref, Evaluation.Field.ATTENDANCE, "plan.problem.absentWithoutReason", List.of(who)));
                }
                if (line.referrerTold() == null) {
                    problems.add(new PlanProblem(ref, Evaluation.Field.ATTENDANCE, "plan.problem.referrerToldOpen", List.of(who)));
                }
            }
        }
    }

    /** The codes of the intake's own domain list; empty when the intake is not started (every code is then unknown). */
    static Set<String> codes(IntakeState intake) {
        return intake.intake().map(started -> started.domainList()).map(DomainList::domains).orElse(List.of()).stream()
                .map(DomainList.DomainDefinition::code).collect(Collectors.toSet());
    }

    private static void dates(RecordRef ref, Record record, List<PlanProblem> problems) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getType() == String.class && PlanDates.FIELDS.contains(component.getName())) {
                String typed = read(component, record);
                if (PlanDates.unreadable(typed)) {
                    problems.add(new PlanProblem(ref, component.getName(), "plan.problem.date",
                            List.of(ImportProblem.Label.of("plan.field." + component.getName()))));
                }
            }
        }
    }

    private static String read(RecordComponent component, Record record) {
        try {
            return (String) component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
