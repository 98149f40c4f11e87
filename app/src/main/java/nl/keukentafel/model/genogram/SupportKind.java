package nl.keukentafel.model.genogram;

/** The kind of support the Dutch practice tags an ecogram line with. */
public enum SupportKind { PRACTICAL, COMPANY, ADVICE, EMOTIONAL }
