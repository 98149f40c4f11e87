package nl.keukentafel.logic.plan;

import com.fasterxml.jackson.databind.JsonNode;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Agreement;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.PartnerIssue;

/**
 * What each kind of record in a plan file points at, checked against the dossier: members, contacts, goals, the
 * intake's life domains; and the plan's date rules (an action due before the plan, an evaluation ahead). Agreed
 * versions are history and are not checked against today's dossier. Stateless.
 */
final class PlanFileReferences {
    private PlanFileReferences() {
    }

    static void check(RecordKind kind, JsonNode node, ImportProblem.Label place, PlanFileCheck check) {
        switch (kind) {
            case PLAN_GOAL -> {
                node.path(Goal.Field.MEMBER_IDS).forEach(member -> check.member(member, place));
                node.path(Goal.Field.DOMAIN_CODES).forEach(code -> check.domain(code, place));
            }
            case PLAN_ACTION -> {
                check.goal(node.get(Action.Field.GOAL_ID), place);
                String owner = node.path(Action.Field.OWNER_KIND).asText();
                if (OwnerKind.MEMBER.name().equals(owner)) {
                    check.member(node.get(Action.Field.OWNER_ID), place);
                } else if (OwnerKind.CONTACT.name().equals(owner)) {
                    check.contact(node.get(Action.Field.OWNER_ID), place);
                }
                check.due(node.get(Action.Field.DUE_DATE), place);
            }
            case PLAN_AGREEMENT -> node.path(Agreement.Field.CONTACT_IDS).forEach(contact -> check.contact(contact, place));
            case EVALUATION -> {
                check.held(node.get(Evaluation.Field.HELD_ON), place);
                node.path(Evaluation.Field.ATTENDANCE).forEach(line -> check.person(line.get("personId"), place));
                node.path(Evaluation.Field.REVIEWS).forEach(review -> check.goal(review.get("goalId"), place));
            }
            case PARTNER_ISSUE -> check.contact(node.get(PartnerIssue.Field.CONTACT_ID), place);
            default -> { }
        }
    }
}
