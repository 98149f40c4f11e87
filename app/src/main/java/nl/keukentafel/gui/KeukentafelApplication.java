package nl.keukentafel.gui;

/** The JavaFX application (filled in by the GUI work). */
public final class KeukentafelApplication {
    private KeukentafelApplication() {
    }

    public static void launchApp(String[] args) {
        throw new UnsupportedOperationException("GUI not yet built");
    }
}
