package nl.keukentafel.model.plan;

/** A goal's result at an evaluation. */
public enum GoalResult { ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED }
