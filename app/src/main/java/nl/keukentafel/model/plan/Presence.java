package nl.keukentafel.model.plan;

/** Whether someone was at an evaluation; the werkwijze asks for the reason when not. */
public enum Presence { ATTENDED, DECLINED, NO_SHOW }
