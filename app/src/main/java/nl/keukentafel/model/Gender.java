package nl.keukentafel.model;

/** Gender as recorded in the dossier; UNKNOWN is a legitimate answer, not a gap. */
public enum Gender { MALE, FEMALE, OTHER, UNKNOWN }
