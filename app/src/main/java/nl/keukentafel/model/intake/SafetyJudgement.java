package nl.keukentafel.model.intake;

/** A professional's judgement of the child's current safety (veilig / voorwaardelijk veilig / onveilig). */
public enum SafetyJudgement { SAFE, CONDITIONALLY_SAFE, UNSAFE }
