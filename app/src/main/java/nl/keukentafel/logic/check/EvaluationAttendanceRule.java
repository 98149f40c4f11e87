package nl.keukentafel.logic.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.logic.plan.Parties;
import nl.keukentafel.logic.plan.People;
import nl.keukentafel.logic.plan.PlanChecks;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.RecordIds;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PartyRole;

/**
 * T9, evaluated together with the family: at every evaluation each member of the family who has a say in the plan
 * on that day — each parent (also one living elsewhere) and each child from 12, as {@link Parties#expected} lists them
 * — is recorded as present or absent, and whoever was absent (family or professional) has the reason and whether the
 * referrer was told: the one attendance rule, {@link PlanChecks#incomplete}. Judged once the plan is agreed. A line
 * with a typed name and no person is keyed by an id derived from that name, so a key never holds a name. Stateless and
 * thread-safe.
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
        List<Finding> findings = new ArrayList<>();
        for (Evaluation evaluation : state.evaluations()) {
            RecordRef ref = PlanFindings.ref(RecordKind.EVALUATION, evaluation.id(), state);
            String heldOn = PlanFindings.typed(evaluation.heldOn());
            LocalDate day = FieldCheck.parseDate(evaluation.heldOn()).orElse(facts.today());
            for (Party party : Parties.expected(state, day)) {
                boolean family = party.role() == PartyRole.PARENT || party.role() == PartyRole.CHILD;
                if (family && line(evaluation, party.personId()).map(Attendance::presence).isEmpty()) {
                    findings.add(Finding.of(Criterion.T9, "T9:presence-open:" + evaluation.id() + ":" + party.personId(), ref,
                            Evaluation.Field.ATTENDANCE, "check.t9.presenceOpen", PlanFindings.typed(party.name()), heldOn));
                }
            }
            for (Attendance line : evaluation.attendance()) {
                if (PlanChecks.incomplete(line)) {
                    UUID who = line.personId() != null ? line.personId() : RecordIds.derived(evaluation.id(), "attendance",
                            PlanFindings.typed(line.name()));
                    findings.add(Finding.of(Criterion.T9, "T9:absence:" + evaluation.id() + ":" + who, ref,
                            Evaluation.Field.ATTENDANCE, "check.t9.absenceUnexplained", name(state, line), heldOn));
                }
            }
        }
        return findings;
    }

    private static Optional<Attendance> line(Evaluation evaluation, UUID personId) {
        return evaluation.attendance().stream().filter(line -> personId.equals(line.personId())).findFirst();
    }

    private static String name(PlanState state, Attendance line) {
        String known = People.name(state.dossier(), line.personId());
        return known.isEmpty() ? PlanFindings.typed(line.name()) : known;
    }
}
