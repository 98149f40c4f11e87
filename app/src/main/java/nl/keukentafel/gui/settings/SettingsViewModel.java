package nl.keukentafel.gui.settings;

import java.io.IOException;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.keukentafel.gui.common.AppContext;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.logic.PassphrasePolicy;
import nl.keukentafel.logic.Preferences;
import nl.keukentafel.logic.check.CheckSettings;
import nl.keukentafel.logic.presets.Presets;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.store.VaultException;

/**
 * Settings: language and auto-lock (stored at once, outside the vault) and a passphrase change (through
 * the same policy as creating a vault). FX thread only.
 */
public final class SettingsViewModel {
    /** The language choices; SYSTEM follows the operating system. */
    public enum Language {
        SYSTEM(""), DUTCH("nl"), ENGLISH("en");

        private final String code;

        Language(String code) {
            this.code = code;
        }

        static Language of(String code) {
            for (Language language : values()) {
                if (language.code.equals(code)) {
                    return language;
                }
            }
            return SYSTEM;
        }
    }

    private final AppContext context;
    private final Session session;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> autoLockMinutes = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> evaluationWeeks = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> safetyTermWeeks = new SimpleObjectProperty<>();
    private final StringProperty currentPassphrase = new SimpleStringProperty("");
    private final StringProperty newPassphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<UiText> preferencesMessage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UiText> passphraseMessage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Boolean> passphraseChanged = new ReadOnlyObjectWrapper<>(false);

    private final DomainListViewModel domainList;

    public SettingsViewModel(AppContext context, Session session) {
        this.context = context;
        this.session = session;
        this.domainList = new DomainListViewModel(session.domainLists(), context.tasks());
        language.set(Language.of(context.preferences().language()));
        autoLockMinutes.set(context.preferences().autoLockMinutes());
        evaluationWeeks.set(context.preferences().evaluationWeeks());
        safetyTermWeeks.set(context.preferences().safetyTermWeeks());
    }

    /** Stores the language; true when it differs from before, so the screens must be built again. */
    public boolean saveLanguage() {
        Preferences before = context.preferences();
        Language chosen = language.get() == null ? Language.SYSTEM : language.get();
        return store(before.withLanguage(chosen.code)) && !before.language().equals(chosen.code);
    }

    /** Stores the auto-lock time; true when it was stored. */
    public boolean saveAutoLock() {
        Integer minutes = autoLockMinutes.get();
        return minutes != null && store(context.preferences().withAutoLockMinutes(minutes));
    }

    /** Stores the default interval to the next evaluation (used when a werkplan is agreed); true when it was stored. */
    public boolean saveEvaluationWeeks() {
        Integer weeks = evaluationWeeks.get();
        return weeks != null && store(context.preferences().withEvaluationWeeks(weeks));
    }

    /**
     * Stores the term within which every child's safety is assessed (the dossier check's T3) and checks with it from
     * now on; true when it was stored.
     */
    public boolean saveSafetyTermWeeks() {
        Integer weeks = safetyTermWeeks.get();
        if (weeks == null || !store(context.preferences().withSafetyTermWeeks(weeks))) {
            return false;
        }
        session.checker().useSettings(CheckSettings.from(context.preferences()));
        return true;
    }

    private boolean store(Preferences changed) {
        try {
            context.updatePreferences(changed);
            preferencesMessage.set(new UiText("settings.saved"));
            return true;
        } catch (IOException failure) {
            preferencesMessage.set(new UiText("settings.error.save"));
            return false;
        }
    }

    /** Checks the new passphrase against the policy, then re-wraps the key in the background. */
    public void changePassphrase() {
        passphraseChanged.set(false);
        char[] current = take(currentPassphrase);
        char[] replacement = take(newPassphrase);
        char[] repeated = take(confirmation);
        Optional<PassphrasePolicy.Weakness> weakness = context.sessions().policy().check(replacement, repeated);
        java.util.Arrays.fill(repeated, '\0');
        if (weakness.isPresent()) {
            java.util.Arrays.fill(current, '\0');
            java.util.Arrays.fill(replacement, '\0');
            passphraseMessage.set(new UiText(weakness.get().messageKey()));
            return;
        }
        passphraseMessage.set(new UiText("settings.passphrase.busy"));
        context.tasks().execute(() -> {
            try {
                session.changePassphrase(current, replacement);
            } finally {
                java.util.Arrays.fill(current, '\0');
                java.util.Arrays.fill(replacement, '\0');
            }
            return true;
        }, done -> {
            passphraseChanged.set(true);
            passphraseMessage.set(new UiText("settings.passphrase.changed"));
        }, failure -> passphraseMessage.set(failure instanceof VaultException vaultFailure
                && vaultFailure.reason() == VaultException.Reason.WRONG_PASSPHRASE
                ? new UiText("settings.passphrase.currentWrong")
                : failure instanceof VaultException other ? new UiText(other.reason().messageKey(), "")
                : new UiText("unlock.error.unexpected")));
    }

    private static char[] take(StringProperty field) {
        char[] typed = field.get() == null ? new char[0] : field.get().toCharArray();
        field.set("");
        return typed;
    }

    /** The IT department's presets: which settings are locked, and why. */
    public Presets presets() {
        return context.presets();
    }

    /** The list of life domains for new intakes. */
    public DomainListViewModel domainList() {
        return domainList;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Integer> autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    public ObjectProperty<Integer> safetyTermWeeksProperty() {
        return safetyTermWeeks;
    }

    public ObjectProperty<Integer> evaluationWeeksProperty() {
        return evaluationWeeks;
    }

    public StringProperty currentPassphraseProperty() {
        return currentPassphrase;
    }

    public StringProperty newPassphraseProperty() {
        return newPassphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyObjectProperty<UiText> preferencesMessageProperty() {
        return preferencesMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> passphraseMessageProperty() {
        return passphraseMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> passphraseChangedProperty() {
        return passphraseChanged.getReadOnlyProperty();
    }
}
