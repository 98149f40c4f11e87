package nl.keukentafel.model;

/**
 * A member's place in the household. Relatives who live in (or belong to) the household have their own role
 * (a grandmother in whose flat the family lives); {@link #OTHER} is for anyone else. Stored by name, so the order
 * (that of the drop-down) may change.
 */
public enum HouseholdRole { PARENT, CHILD, PARTNER, GRANDPARENT, SIBLING, RELATIVE, OTHER }
