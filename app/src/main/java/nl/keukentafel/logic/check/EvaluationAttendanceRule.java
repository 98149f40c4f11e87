package nl.keukentafel.logic.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.keukentafel.logic.plan.People;
import nl.keukentafel.logic.plan.PlanChecks;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordIds;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Evaluation;

/**
 * T9, evaluated together with the family: at every evaluation some family member is recorded as present or absent,
 * and whoever was absent (family or professional) has the reason and whether the referrer was told — the one
 * attendance rule, {@link PlanChecks#incomplete}. Judged once the plan is agreed. A line with a typed name and no
 * person is keyed by an id derived from that name, so a key never holds a name. Stateless and thread-safe.
 */
final class EvaluationAttendanceRule implements Rule {
    @Override
    public Criterion criterion() {
        return Criterion.T9;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return PlanPhase.agreed(facts.plan());
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        PlanState state = facts.plan();
        Set<UUID> members = state.dossier().members().stream().map(Member::id).collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        for (Evaluation evaluation : state.evaluations()) {
            RecordRef ref = PlanFindings.ref(RecordKind.EVALUATION, evaluation.id(), state);
            String heldOn = PlanFindings.typed(evaluation.heldOn());
            boolean familyRecorded = evaluation.attendance().stream()
                    .anyMatch(line -> line.personId() != null && members.contains(line.personId()) && line.presence() != null);
            if (!familyRecorded) {
                findings.add(PlanFindings.finding(Criterion.T9, "T9:family-not-recorded:" + evaluation.id(), ref,
                        Evaluation.Field.ATTENDANCE, "check.t9.familyNotRecorded", heldOn));
            }
            for (Attendance line : evaluation.attendance()) {
                if (PlanChecks.incomplete(line)) {
                    UUID who = line.personId() != null ? line.personId() : RecordIds.derived(evaluation.id(), "attendance",
                            PlanFindings.typed(line.name()));
                    findings.add(PlanFindings.finding(Criterion.T9, "T9:absence:" + evaluation.id() + ":" + who, ref,
                            Evaluation.Field.ATTENDANCE, "check.t9.absenceUnexplained", name(state, line), heldOn));
                }
            }
        }
        return findings;
    }

    private static String name(PlanState state, Attendance line) {
        String known = People.name(state.dossier(), line.personId());
        return known.isEmpty() ? PlanFindings.typed(line.name()) : known;
    }
}
