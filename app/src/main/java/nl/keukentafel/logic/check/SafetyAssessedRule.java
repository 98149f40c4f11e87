package nl.keukentafel.logic.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.keukentafel.logic.intake.IntakeCheck;
import nl.keukentafel.logic.intake.OpenItem;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.SafetyAssessment;

/**
 * T3: a safety assessment for every child, within the term after the first conversation ({@link CheckSettings}, 6
 * weeks by default; an assessment on the last day of the term is in time). A child without one is a finding (saying
 * by when, or since when it is overdue, once the first conversation has a date); a child whose first assessment came
 * after the term is a finding on that assessment. Never judges the assessment itself. Stateless.
 */
final class SafetyAssessedRule implements Rule {
    @Override
    public Criterion criterion() {
        return Criterion.T3;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return true;
    }

    /** The last day on which an assessment is in time; empty while the first conversation has no date. */
    static Optional<LocalDate> deadline(DossierFacts facts) {
        return Household.firstConversation(facts).map(first -> first.plusWeeks(facts.settings().safetyTermWeeks()));
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        Optional<LocalDate> deadline = deadline(facts);
        List<Finding> findings = new ArrayList<>();
        for (OpenItem missing : IntakeCheck.safetyMissing(facts.intake())) {
            String key = "T3:assessment-missing:" + missing.target().id();
            if (deadline.isEmpty()) {
                findings.add(new Finding(Criterion.T3, key, missing.target(), missing.field(), missing.messageKey(), missing.arguments()));
            } else {
                boolean overdue = facts.today().isAfter(deadline.get());
                findings.add(Finding.of(Criterion.T3, key, missing.target(), missing.field(),
                        overdue ? "check.t3.overdue" : "check.t3.dueBy", missing.arguments().get(0), FieldCheck.write(deadline.get())));
            }
        }
        if (deadline.isPresent()) {
            for (Member child : Household.children(facts)) {
                late(facts, child, deadline.get()).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Finding> late(DossierFacts facts, Member child, LocalDate deadline) {
        Optional<SafetyAssessment> first = facts.intake().assessmentsOf(child.id()).stream()
                .filter(assessment -> FieldCheck.parseDate(assessment.assessedOn()).isPresent())
                .min(java.util.Comparator.comparing(assessment -> FieldCheck.parseDate(assessment.assessedOn()).orElseThrow()));
        if (first.isEmpty() || !FieldCheck.parseDate(first.get().assessedOn()).orElseThrow().isAfter(deadline)) {
            return Optional.empty();
        }
        SafetyAssessment assessment = first.get();
        return Optional.of(Finding.of(Criterion.T3, "T3:assessment-late:" + child.id(),
                new RecordRef(RecordKind.SAFETY_ASSESSMENT, assessment.id(), assessment.dossierId()), SafetyAssessment.Field.ASSESSED_ON,
                "check.t3.late", Household.name(child), assessment.assessedOn(), FieldCheck.write(deadline)));
    }
}
