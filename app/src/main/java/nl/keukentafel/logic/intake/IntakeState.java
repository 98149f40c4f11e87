package nl.keukentafel.logic.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.Conversation;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.SafetyAssessment;

/**
 * Everything of one dossier's intake as read at one moment, with the dossier it belongs to. {@code intake} is empty
 * until the intake is started. Lists are in id order (creation order for fresh ids). {@code unreadable}: intake records
 * that could not be read and are left out (counted, never a crash). Immutable.
 */
public record IntakeState(
        Dossier dossier,
        Optional<Intake> intake,
        List<Conversation> conversations,
        List<IntakeMember> members,
        List<DomainEntry> domains,
        List<SafetyAssessment> assessments,
        List<Meldcode> meldcodes,
        List<Consent> consents,
        int unreadable) {

    public IntakeState(Dossier dossier, Optional<Intake> intake, List<Conversation> conversations, List<IntakeMember> members,
                       List<DomainEntry> domains, List<SafetyAssessment> assessments, List<Meldcode> meldcodes,
                       List<Consent> consents) {
        this(dossier, intake, conversations, members, domains, assessments, meldcodes, consents, 0);
    }

    public IntakeState {
        conversations = List.copyOf(conversations);
        members = List.copyOf(members);
        domains = List.copyOf(domains);
        assessments = List.copyOf(assessments);
        meldcodes = List.copyOf(meldcodes);
        consents = List.copyOf(consents);
    }

    /** The intake line of a member, when it exists. */
    public Optional<IntakeMember> memberLine(UUID memberId) {
        return members.stream().filter(line -> line.memberId().equals(memberId)).findFirst();
    }

    /** A child's assessments, oldest first by assessment date as typed, then by creation. */
    public List<SafetyAssessment> assessmentsOf(UUID childId) {
        return assessments.stream().filter(assessment -> childId.equals(assessment.childId())).toList();
    }
}
