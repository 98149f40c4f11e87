package nl.keukentafel.gui.check;

import java.util.Map;
import java.util.Set;
import nl.keukentafel.logic.check.Finding;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Plan;

/**
 * Where a finding is fixed on screen: the dossier tab (by its node id) and the record and field there. The engine
 * names a record and a field; this maps them to the tab that edits them: the household (regisseur, address), the
 * members tab (a member's own values), the network, the intake, the Werkplan or the Evaluatie tab. Immutable.
 */
public record FindingPlace(String tabId, RecordRef ref, String field) {
    public static final String FAMILY_TAB = "familyTab";
    public static final String MEMBERS_TAB = "membersTab";
    public static final String NETWORK_TAB = "networkTab";
    public static final String INTAKE_TAB = "intakeTab";
    public static final String PLAN_TAB = "planTab";
    public static final String EVALUATION_TAB = "evaluationTab";

    /** Pseudo-fields (a record still to add) and the tab that adds it. */
    private static final Map<String, String> TO_ADD = Map.ofEntries(Map.entry("+member", MEMBERS_TAB),
            Map.entry("+assessment", INTAKE_TAB), Map.entry("+professional", INTAKE_TAB), Map.entry("+consent", INTAKE_TAB),
            Map.entry("+intake", INTAKE_TAB), Map.entry("+goal", PLAN_TAB), Map.entry("+action", PLAN_TAB),
            Map.entry("+version", PLAN_TAB), Map.entry("+plan", PLAN_TAB), Map.entry("+evaluation", EVALUATION_TAB),
            Map.entry("+scaling", EVALUATION_TAB), Map.entry("+closure", EVALUATION_TAB));
    /** A member's own values, edited in the members tab; the rest of a member (heard, request for help) is intake. */
    private static final Set<String> MEMBER_FIELDS = Set.of(Member.Field.GIVEN_NAME, Member.Field.FAMILY_NAME,
            Member.Field.BIRTH_DATE, Member.Field.GENDER, Member.Field.ROLE, Member.Field.RESIDENCE, Member.Field.BSN,
            Member.Field.PHONE, Member.Field.EMAIL);

    public static FindingPlace of(Finding finding) {
        String field = finding.field() == null ? "" : finding.field();
        RecordRef ref = finding.target();
        String toAdd = TO_ADD.get(field);
        if (toAdd != null) {
            return new FindingPlace(toAdd, ref, field);
        }
        if (ref.kind() == RecordKind.PLAN && Plan.Field.NEXT_EVALUATION_ON.equals(field)) {
            // the next evaluation is planned and moved on the Evaluatie tab, beside "Nieuwe evaluatie"
            return new FindingPlace(EVALUATION_TAB, ref, field);
        }
        String tab = switch (ref.kind()) {
            case FAMILY -> FAMILY_TAB;
            case MEMBER -> MEMBER_FIELDS.contains(field) ? MEMBERS_TAB : INTAKE_TAB;
            case CONTACT -> field.startsWith("+") ? INTAKE_TAB : NETWORK_TAB;
            case PLAN, PLAN_GOAL, PLAN_ACTION, PLAN_AGREEMENT, PLAN_REFERRAL, PLAN_VERSION -> PLAN_TAB;
            case EVALUATION, REGIE_PHASE, SCALING, PARTNER_ISSUE, CLOSURE -> EVALUATION_TAB;
            case GENOGRAM, GENO_PERSON, GENO_UNION, GENO_PARENT_LINK, GENO_RELATION -> "genogramTab";
            case ECO_LINK -> "ecogramTab";
            default -> INTAKE_TAB;
        };
        return new FindingPlace(tab, ref, field);
    }
}
