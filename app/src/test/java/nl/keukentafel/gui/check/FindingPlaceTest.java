package nl.keukentafel.gui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.check.Criterion;
import nl.keukentafel.logic.check.Finding;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.plan.Goal;
import org.junit.jupiter.api.Test;

/** A finding's record and field lead to the tab that edits them. */
class FindingPlaceTest {
    private final UUID dossier = UUID.randomUUID();

    @Test
    void theHouseholdsValuesAndTheRegisseurAreOnTheFamilyTab() {
        assertThat(place(RecordKind.FAMILY, dossier, Family.Field.REGISSEUR_PHONE).tabId()).isEqualTo("familyTab");
        assertThat(place(RecordKind.FAMILY, dossier, Family.Field.POSTAL_CODE).tabId()).isEqualTo("familyTab");
    }

    @Test
    void aMembersOwnValueIsOnTheMembersTabWhatTheIntakeAsksOfThemIsInTheIntake() {
        UUID member = UUID.randomUUID();
        assertThat(place(RecordKind.MEMBER, member, Member.Field.BSN).tabId()).isEqualTo("membersTab");
        assertThat(place(RecordKind.MEMBER, member, IntakeMember.Field.SPOKEN).tabId()).isEqualTo("intakeTab");
        assertThat(place(RecordKind.MEMBER, member, "+assessment").tabId()).isEqualTo("intakeTab");
        assertThat(place(RecordKind.FAMILY, dossier, "+member").tabId()).as("no members yet").isEqualTo("membersTab");
        assertThat(place(RecordKind.INTAKE_MEMBER, member, IntakeMember.Field.REQUEST_FOR_HELP).tabId()).isEqualTo("intakeTab");
    }

    @Test
    void aContactsConsentIsInTheIntakeItsDetailsInTheNetwork() {
        UUID contact = UUID.randomUUID();
        assertThat(place(RecordKind.CONTACT, contact, "+consent").tabId()).isEqualTo("intakeTab");
        assertThat(place(RecordKind.CONTACT, contact, "phone").tabId()).isEqualTo("networkTab");
    }

    @Test
    void thePlanItsGoalsAndActionsAreOnTheWerkplanEvaluationsEscalationAndClosureOnTheEvaluatieTab() {
        assertThat(place(RecordKind.PLAN_GOAL, UUID.randomUUID(), Goal.Field.TARGET_DATE).tabId()).isEqualTo("planTab");
        assertThat(place(RecordKind.FAMILY, dossier, "+goal").tabId()).isEqualTo("planTab");
        assertThat(place(RecordKind.PLAN, dossier, "+evaluation").tabId()).isEqualTo("evaluationTab");
        assertThat(place(RecordKind.EVALUATION, UUID.randomUUID(), "heldOn").tabId()).isEqualTo("evaluationTab");
        assertThat(place(RecordKind.PLAN, dossier, "+closure").tabId()).isEqualTo("evaluationTab");
        assertThat(place(RecordKind.SCALING, UUID.randomUUID(), "reason").tabId()).isEqualTo("evaluationTab");
    }

    @Test
    void thePlaceKeepsTheRecordAndField() {
        UUID member = UUID.randomUUID();
        FindingPlace place = place(RecordKind.MEMBER, member, Member.Field.BIRTH_DATE);
        assertThat(place.ref()).isEqualTo(new RecordRef(RecordKind.MEMBER, member, dossier));
        assertThat(place.field()).isEqualTo(Member.Field.BIRTH_DATE);
    }

    private FindingPlace place(RecordKind kind, UUID id, String field) {
        return FindingPlace.of(new Finding(Criterion.T1, "T1:test:" + id, new RecordRef(kind, id, dossier), field,
                "check.test", List.of()));
    }
}
