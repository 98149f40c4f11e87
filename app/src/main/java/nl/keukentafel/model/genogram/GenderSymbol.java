package nl.keukentafel.model.genogram;

/** The symbol for the genders the notation leaves open (other, unknown); the legend prints the choice. */
public enum GenderSymbol { DIAMOND, QUESTION_MARK, SQUARE_ROUNDED }
