package nl.keukentafel.model.plan;

/** One party's mark when a plan version is agreed. */
public enum Vote { AGREED, NOT_AGREED, ABSENT }
