package nl.keukentafel.model;

/** A member's place in the household. */
public enum HouseholdRole { PARENT, CHILD, PARTNER, OTHER }
