package nl.keukentafel.model.plan;

/** Why the help ends (phase 4). */
public enum ClosureReason { GOALS_MET, FAMILY_TAKES_OVER, FOLLOW_UP_ARRANGED, SCALED_UP, FAMILY_ENDED }
