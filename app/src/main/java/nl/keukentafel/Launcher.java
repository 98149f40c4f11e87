package nl.keukentafel;

import nl.keukentafel.cli.Cli;
import nl.keukentafel.gui.KeukentafelApplication;

/**
 * The one entry point. With arguments it is the command-line companion; without, the desktop app.
 * Kept free of JavaFX types so the CLI starts without a display.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        LogSetup.configure(args.length > 0);
        CrashGuard.install();
        if (args.length > 0) {
            System.exit(Cli.run(args));
        }
        KeukentafelApplication.launchApp(args);
    }
}
