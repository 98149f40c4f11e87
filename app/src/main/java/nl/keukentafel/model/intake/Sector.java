package nl.keukentafel.model.intake;

/**
 * Where a network contact belongs. Drives the ecogram's grouping and the intake's rules of thumb (JGZ for children
 * under 4, school for children of school age, GP when health is a concern).
 */
public enum Sector {
    FAMILY, FRIENDS_NEIGHBOURS, SCHOOL, CHILDCARE, YOUTH_HEALTH, GENERAL_PRACTICE, CARE, WORK_INCOME, HOUSING, JUSTICE,
    LEISURE, OTHER
}
