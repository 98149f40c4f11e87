package nl.keukentafel.gui.about;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.about.BuildInfo;
import nl.keukentafel.logic.about.JavaRuntime;
import nl.keukentafel.logic.presets.PresetProblem;

/** The About screen: the build, where the data lives (and opening that folder), the licences. FX thread only. */
public final class AboutViewModel {
    private final BuildInfo build;
    private final List<String> fonts;
    private final Path vaultFolder;
    private final Path settingsFolder;
    private final Path presetsFile;
    private final Optional<PresetProblem> presetProblem;
    private final TaskExecutor tasks;
    private final FolderOpener opener;
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>();

    public AboutViewModel(AppContext context, BuildInfo build, List<String> fonts, Path presetsFile, FolderOpener opener) {
        this.build = build;
        this.fonts = List.copyOf(fonts);
        this.vaultFolder = context.sessions().location().directory().toAbsolutePath();
        this.settingsFolder = context.preferencesFile().toAbsolutePath().getParent();
        this.presetsFile = presetsFile;
        this.presetProblem = context.presets().problem();
        this.tasks = context.tasks();
        this.opener = opener;
    }

    /** Opens the vault folder (or, before the first vault, the folder it will be in) in the file manager. */
    public void openVaultFolder() {
        Path folder = Files.isDirectory(vaultFolder) ? vaultFolder : vaultFolder.getParent();
        message.set(null);
        tasks.execute(() -> {
            opener.open(folder);
            return folder;
        }, opened -> message.set(null), failure -> message.set(new UiText("about.data.openFailed", folder.toString())));
    }

    public UiText versionText() {
        return build.version().map(version -> new UiText("about.version", version, build.built()))
                .orElse(new UiText("about.version.unknown"));
    }

    public Path vaultFolder() {
        return vaultFolder;
    }

    public Path settingsFolder() {
        return settingsFolder;
    }

    public Path presetsFile() {
        return presetsFile;
    }

    public Optional<PresetProblem> presetProblem() {
        return presetProblem;
    }

    public List<String> libraries() {
        return build.libraries();
    }

    /** The Java runtime this app runs on (bundled with it in the installed package). */
    public JavaRuntime runtime() {
        return JavaRuntime.current();
    }

    public List<String> fonts() {
        return fonts;
    }

    /** A failure to open the folder, with its path; empty otherwise. */
    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
