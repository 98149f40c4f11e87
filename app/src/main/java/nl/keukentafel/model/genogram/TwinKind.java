package nl.keukentafel.model.genogram;

/** Twins (or more) drawn from one point; identical ones with a bar between them. */
public enum TwinKind { IDENTICAL, FRATERNAL, UNKNOWN }
