package nl.keukentafel.model.intake;

/** Step 5 of the Meldcode: what was decided. */
public enum MeldcodeDecision { NO_FURTHER_ACTION, OFFER_OR_ORGANISE_HELP, REPORT_TO_VEILIG_THUIS, REPORT_AND_HELP }
