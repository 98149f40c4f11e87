package nl.keukentafel.model.plan;

/** What an evaluation decides for a goal. */
public enum GoalDecision { CONTINUE, ADJUST, STOP, NEW_GOAL }
