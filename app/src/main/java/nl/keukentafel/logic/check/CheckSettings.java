package nl.keukentafel.logic.check;

import nl.keukentafel.logic.Preferences;

/**
 * The check's terms: a safety assessment for every child within {@code safetyTermWeeks} of the first conversation
 * (T3, default 6); an evaluation is overdue when more than {@code overdueGraceDays} past its planned date (T9,
 * default 14); the evaluation interval the plan uses (Settings). Immutable.
 */
public record CheckSettings(int safetyTermWeeks, int overdueGraceDays, int evaluationWeeks) {
    public static final CheckSettings DEFAULTS = new CheckSettings(Preferences.DEFAULT_SAFETY_TERM_WEEKS, 14, 12);

    /** The consultant's chosen terms (Settings): the safety term and the evaluation interval. */
    public static CheckSettings from(Preferences preferences) {
        return new CheckSettings(preferences.safetyTermWeeks(), DEFAULTS.overdueGraceDays(), preferences.evaluationWeeks());
    }

    public CheckSettings {
        if (safetyTermWeeks < 1 || overdueGraceDays < 0 || evaluationWeeks < 1) {
            throw new IllegalArgumentException("check terms out of range");
        }
    }
}
