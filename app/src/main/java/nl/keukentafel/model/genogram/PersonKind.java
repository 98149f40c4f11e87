package nl.keukentafel.model.genogram;

/** A born person, or a pregnancy and its losses, each with its own symbol. */
public enum PersonKind { PERSON, PREGNANCY, MISCARRIAGE, ABORTION, STILLBIRTH }
