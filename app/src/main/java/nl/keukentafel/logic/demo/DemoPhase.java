package nl.keukentafel.logic.demo;

/**
 * How far a demo family has come, so a demo vault shows every phase of casusregie: the intake only, an agreed plan,
 * an evaluated plan with a second version, a case scaled up to Veilig Thuis, and a closed dossier. Family {@code n}
 * is in phase {@code n % 5}: the same index always gives the same phase.
 */
public enum DemoPhase {
    INTAKE_ONLY, PLAN_AGREED, EVALUATED, SCALED_UP, CLOSED;

    public static DemoPhase of(int familyIndex) {
        return values()[Math.floorMod(familyIndex, values().length)];
    }

    boolean atLeast(DemoPhase other) {
        return compareTo(other) >= 0;
    }
}
