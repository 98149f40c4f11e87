package nl.keukentafel.model.plan;

/** The family's answer to the offer of a familiegroepsplan (T6). */
public enum FgpOutcome { PENDING, TAKEN_UP, DECLINED }
