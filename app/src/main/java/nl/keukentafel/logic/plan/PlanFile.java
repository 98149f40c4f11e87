package nl.keukentafel.logic.plan;

import java.util.List;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Agreement;
import nl.keukentafel.model.plan.Evaluation;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.PartnerIssue;
import nl.keukentafel.model.plan.PhaseChange;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Referral;
import nl.keukentafel.model.plan.Scaling;

/**
 * The plan file (docs/werkplan.md): one dossier's werkplan as JSON. {@code plan} and {@code closure} hold the stored
 * fields of the one-per-dossier records (their ids are derived again in the dossier imported into); every list section
 * holds records with their own {@code id}, so importing twice adds nothing. Constants only.
 */
final class PlanFile {
    static final String FORMAT = "keukentafel-plan";
    static final int FORMAT_VERSION = 1;
    static final String FORMAT_FIELD = "format";
    static final String VERSION_FIELD = "formatVersion";
    static final String DOSSIER_FIELD = "dossierId";
    static final String PLAN = "plan";
    static final String CLOSURE = "closure";
    static final String ID = "id";
    static final String GOALS = "goals";
    static final String ACTIONS = "actions";
    static final String VERSIONS = "versions";
    static final String EVALUATIONS = "evaluations";

    private PlanFile() {
    }

    /** A list section: its name in the file, the kind of its records, the model record checked against. */
    record Section(String name, RecordKind kind, Class<? extends Record> model) {
    }

    static final List<Section> SECTIONS = List.of(
            new Section(GOALS, RecordKind.PLAN_GOAL, Goal.class),
            new Section(ACTIONS, RecordKind.PLAN_ACTION, Action.class),
            new Section("agreements", RecordKind.PLAN_AGREEMENT, Agreement.class),
            new Section("referrals", RecordKind.PLAN_REFERRAL, Referral.class),
            new Section(EVALUATIONS, RecordKind.EVALUATION, Evaluation.class),
            new Section("phases", RecordKind.REGIE_PHASE, PhaseChange.class),
            new Section("scalings", RecordKind.SCALING, Scaling.class),
            new Section("partnerIssues", RecordKind.PARTNER_ISSUE, PartnerIssue.class),
            new Section(VERSIONS, RecordKind.PLAN_VERSION, PlanVersion.class));

    /** Closure fields an import never sets: closing and reopening go through their own checks in the app. */
    static final List<String> CLOSURE_NOT_IMPORTED = List.of("closed", "closedOn", "reopenedOn", "reopenReason");
}
