package nl.keukentafel.gui.common;

/** What a screen may ask of the window around it. Implemented by the main window. FX thread only. */
public interface WindowActions {
    /** Saves pending edits, closes the vault and shows the unlock screen. */
    void lock();

    /** Builds the screens again (a new language); {@code settingsOpen} returns to the settings screen. */
    void rebuild(boolean settingsOpen);

    /** The auto-lock time changed: restart the idle timer with it. */
    void autoLockChanged();
}
