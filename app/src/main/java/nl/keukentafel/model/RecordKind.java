package nl.keukentafel.model;

/** Every kind of record the vault holds. The wire and storage name is {@link #code()}. */
public enum RecordKind {
    FAMILY("family"),
    MEMBER("member"),
    CONTACT("contact"),
    // the intake (keukentafelgesprek); docs/decisions/0003-intake-records.md
    INTAKE("intake"),
    CONVERSATION("conversation"),
    INTAKE_MEMBER("intake_member"),
    DOMAIN_ENTRY("domain_entry"),
    SAFETY_ASSESSMENT("safety_assessment"),
    MELDCODE("meldcode"),
    CONSENT("consent"),
    // the genogram and ecogram; docs/decisions/0004-genogram-model-and-layout.md
    GENOGRAM("genogram"),
    GENO_PERSON("geno_person"),
    GENO_UNION("geno_union"),
    GENO_PARENT_LINK("geno_parent_link"),
    GENO_RELATION("geno_relation"),
    ECO_LINK("eco_link"),
    // the werkplan, evaluations, escalation and closure; docs/decisions/0005-werkplan-records.md
    PLAN("plan"),
    PLAN_GOAL("plan_goal"),
    PLAN_ACTION("plan_action"),
    PLAN_AGREEMENT("plan_agreement"),
    PLAN_REFERRAL("plan_referral"),
    PLAN_VERSION("plan_version"),
    EVALUATION("evaluation"),
    REGIE_PHASE("regie_phase"),
    SCALING("scaling"),
    PARTNER_ISSUE("partner_issue"),
    CLOSURE("closure"),
    // the dossier check's recorded exceptions (issue 12); model.check.CheckException
    CHECK_EXCEPTION("check_exception");

    private final String code;

    RecordKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static RecordKind fromCode(String code) {
        for (RecordKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown record kind: " + code);
    }
}
