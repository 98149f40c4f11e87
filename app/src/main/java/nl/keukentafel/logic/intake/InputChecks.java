package nl.keukentafel.logic.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.Conversation;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.SafetyAssessment;

/**
 * The intake's typed values that are wrong: dates that cannot be read, a consent ending before it starts or given by
 * someone too young, an assessment dated before the child's birth or in the future, a score outside 1–5. Values stay
 * as typed; these items only say what to correct. Stateless.
 */
final class InputChecks {
    static final int LOWEST_SCORE = 1;
    static final int HIGHEST_SCORE = 5;

    private InputChecks() {
    }

    static List<OpenItem> check(IntakeState state, LocalDate today) {
        List<OpenItem> into = new ArrayList<>();
        UUID dossierId = state.dossier().family().id();
        state.intake().ifPresent(intake -> date(into, new RecordRef(RecordKind.INTAKE, intake.id(), dossierId),
                Intake.Field.STARTED_ON, intake.startedOn(), "intake.problem.startDate"));
        for (Conversation conversation : state.conversations()) {
            date(into, new RecordRef(RecordKind.CONVERSATION, conversation.id(), dossierId), Conversation.Field.DATE,
                    conversation.date(), "intake.problem.conversationDate", conversation.number());
        }
        scores(state, into);
        assessments(state, today, into);
        consents(state, today, into);
        for (Meldcode meldcode : state.meldcodes()) {
            RecordRef ref = new RecordRef(RecordKind.MELDCODE, meldcode.id(), dossierId);
            String[][] dates = {{Meldcode.Field.RAISED_ON, meldcode.raisedOn()}, {Meldcode.Field.STEP1_ON, meldcode.step1On()},
                {Meldcode.Field.STEP2_ON, meldcode.step2On()}, {Meldcode.Field.STEP3_ON, meldcode.step3On()},
                {Meldcode.Field.STEP4_ON, meldcode.step4On()}, {Meldcode.Field.STEP5_ON, meldcode.step5On()},
                {Meldcode.Field.DECIDED_ON, meldcode.decidedOn()}};
            for (String[] date : dates) {
                date(into, ref, date[0], date[1], "intake.problem.meldcodeDate");
            }
        }
        return into;
    }

    private static void scores(IntakeState state, List<OpenItem> into) {
        UUID dossierId = state.dossier().family().id();
        List<DomainList.DomainDefinition> definitions = state.intake().map(Intake::domainList).map(DomainList::domains).orElse(List.of());
        for (DomainEntry entry : state.domains()) {
            Integer score = entry.score();
            if (score != null && (score < LOWEST_SCORE || score > HIGHEST_SCORE)) {
                String label = definitions.stream().filter(domain -> domain.code().equals(entry.domainCode())).findFirst()
                        .map(DomainList.DomainDefinition::label).orElse(entry.domainCode());
                into.add(IntakeCheck.item(OpenItem.Category.INPUT_PROBLEM, new RecordRef(RecordKind.DOMAIN_ENTRY, entry.id(), dossierId),
                        DomainEntry.Field.SCORE, "intake.problem.score", label, String.valueOf(score)));
            }
        }
    }

    private static void assessments(IntakeState state, LocalDate today, List<OpenItem> into) {
        Map<UUID, Member> members = IntakeCheck.membersById(state);
        for (SafetyAssessment assessment : state.assessments()) {
            RecordRef ref = new RecordRef(RecordKind.SAFETY_ASSESSMENT, assessment.id(), assessment.dossierId());
            Member child = members.get(assessment.childId());
            String name = child == null ? "?" : IntakeCheck.name(child);
            Optional<LocalDate> on = FieldCheck.parseDate(assessment.assessedOn());
            if (!date(into, ref, SafetyAssessment.Field.ASSESSED_ON, assessment.assessedOn(), "intake.problem.assessmentDate", name)
                    && on.isPresent()) {
                if (child != null && AssessmentRules.beforeBirth(assessment.assessedOn(), child.birthDate())) {
                    into.add(IntakeCheck.item(OpenItem.Category.INPUT_PROBLEM, ref, SafetyAssessment.Field.ASSESSED_ON,
                            "intake.problem.assessmentBeforeBirth", name));
                } else if (on.get().isAfter(today)) {
                    into.add(IntakeCheck.item(OpenItem.Category.INPUT_PROBLEM, ref, SafetyAssessment.Field.ASSESSED_ON,
                            "intake.problem.assessmentInFuture", name));
                }
            }
            date(into, ref, SafetyAssessment.Field.CONSULTED_ON, assessment.consultedOn(), "intake.problem.assessmentDate", name);
            date(into, ref, SafetyAssessment.Field.DISCUSSED_WITH_PARENTS_ON, assessment.discussedWithParentsOn(),
                    "intake.problem.assessmentDate", name);
        }
    }

    private static void consents(IntakeState state, LocalDate today, List<OpenItem> into) {
        Map<UUID, Member> members = IntakeCheck.membersById(state);
        for (Consent consent : state.consents()) {
            RecordRef ref = new RecordRef(RecordKind.CONSENT, consent.id(), consent.dossierId());
            String partner = IntakeCheck.partner(state, consent);
            for (String[] date : new String[][] {{Consent.Field.VALID_FROM, consent.validFrom()},
                {Consent.Field.VALID_UNTIL, consent.validUntil()}, {Consent.Field.GIVEN_ON, consent.givenOn()},
                {Consent.Field.WITHDRAWN_ON, consent.withdrawnOn()}}) {
                date(into, ref, date[0], date[1], "intake.problem.consentDate", partner);
            }
            if (ConsentRules.periodReversed(consent)) {
                into.add(IntakeCheck.item(OpenItem.Category.INPUT_PROBLEM, ref, Consent.Field.VALID_UNTIL,
                        "intake.problem.consentPeriod", partner));
            }
            for (ConsentRules.Finding finding : ConsentRules.givers(consent, members, today)) {
                String key = finding.problem() == ConsentRules.GiverProblem.UNDER_12
                        ? "intake.problem.consentChildUnder12" : "intake.problem.consentChildWithoutParent";
                into.add(IntakeCheck.item(OpenItem.Category.INPUT_PROBLEM, ref, Consent.Field.GIVEN_BY, key,
                        IntakeCheck.name(members.get(finding.memberId())), partner));
            }
        }
    }

    /** Adds an item when the typed date cannot be read; answers whether it did. */
    private static boolean date(List<OpenItem> into, RecordRef ref, String field, String typed, String key, Object... arguments) {
        if (Text.isBlank(typed) || FieldCheck.date(typed).isEmpty()) {
            return false;
        }
        into.add(IntakeCheck.item(OpenItem.Category.INPUT_PROBLEM, ref, field, key, arguments));
        return true;
    }
}
