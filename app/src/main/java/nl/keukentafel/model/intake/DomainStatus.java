package nl.keukentafel.model.intake;

/** How a life domain was handled. No value yet means "still open"; NOT_DISCUSSED needs a reason. */
public enum DomainStatus { DISCUSSED, NOT_DISCUSSED, NOT_APPLICABLE }
