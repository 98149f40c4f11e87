package nl.keukentafel.cli;

/** The command-line companion (filled in by the CLI work). */
public final class Cli {
    private Cli() {
    }

    /** Runs the command and returns the process exit code. */
    public static int run(String[] args) {
        System.err.println("Keukentafel CLI: not yet available");
        return 2;
    }
}
