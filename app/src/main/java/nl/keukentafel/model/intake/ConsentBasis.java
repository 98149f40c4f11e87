package nl.keukentafel.model.intake;

/** A sharing of data happens with consent, or without it on a legal ground (a report to Veilig Thuis). */
public enum ConsentBasis { CONSENT, WITHOUT_CONSENT }
