package nl.keukentafel.model.plan;

/** Scaling up (opschalen) or down. */
public enum ScaleDirection { UP, DOWN }
