package nl.keukentafel.logic.check;

/**
 * The thirteen criteria of the Toezichtkader as condensed in BRIEF.md, plus INPUT for values that are simply wrong
 * (BSN, dates, postal code, email, phone). Declared in report order; the label of each is the message key
 * {@code check.criterion.<name>}.
 */
public enum Criterion {
    T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, INPUT;

    /** Message key of the criterion's short label. */
    public String labelKey() {
        return "check.criterion." + name();
    }
}
