package nl.keukentafel.model.plan;

/** Where an action (wie doet wat) stands. */
public enum ActionStatus { NOT_STARTED, UNDER_WAY, DONE, STOPPED }
