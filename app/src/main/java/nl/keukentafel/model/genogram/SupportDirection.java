package nl.keukentafel.model.genogram;

/** Which way support flows on an ecogram line. */
public enum SupportDirection { TO_HOUSEHOLD, FROM_HOUSEHOLD, BOTH_WAYS, NONE }
