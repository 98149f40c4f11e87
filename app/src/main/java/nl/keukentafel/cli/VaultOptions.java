package nl.keukentafel.cli;

import java.nio.file.Path;
import nl.keukentafel.store.VaultLocation;
import picocli.CommandLine.Option;

/** The options every vault command shares: where the vault is and where its passphrase is. Not thread-safe. */
final class VaultOptions {
    @Option(names = "--vault", required = true, paramLabel = "DIR", descriptionKey = "cli.option.vault")
    private Path vault;

    @Option(names = "--passphrase-file", required = true, paramLabel = "FILE", descriptionKey = "cli.option.passphraseFile")
    private Path passphraseFile;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    private boolean help;

    VaultLocation location() {
        return new VaultLocation(vault);
    }

    /** The passphrase as a fresh array; the caller wipes it (the session manager does). */
    char[] passphrase() throws CliFailure {
        return PassphraseFile.read(passphraseFile);
    }
}
