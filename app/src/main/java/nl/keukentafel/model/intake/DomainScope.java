package nl.keukentafel.model.intake;

/** Whom a life domain is asked about: adults, youths of 12 to 18, or the household with children as a whole. */
public enum DomainScope { ADULT_AND_YOUTH, HOUSEHOLD_WITH_CHILDREN }
