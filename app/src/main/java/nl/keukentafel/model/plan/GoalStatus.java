package nl.keukentafel.model.plan;

/** Where a goal stands; STOPPED needs a reason. */
public enum GoalStatus { PROPOSED, ACTIVE, ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, STOPPED }
