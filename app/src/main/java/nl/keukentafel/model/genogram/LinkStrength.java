package nl.keukentafel.model.genogram;

/** An ecogram line: strong (thick), weak (dashed) or stressful (hatched). */
public enum LinkStrength { STRONG, WEAK, STRESSFUL }
