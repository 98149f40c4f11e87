package nl.keukentafel.logic.presets;

import java.util.Optional;

/** A setting the IT department can preset for every user of a computer, by its key in the presets file. */
public enum Setting {
    SERVER_ADDRESS("serverAddress"),
    AUTO_LOCK_MINUTES("autoLockMinutes"),
    LANGUAGE("language"),
    LIFE_DOMAINS_FILE("lifeDomainsFile"),
    EVALUATION_WEEKS("evaluationWeeks");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    static Optional<Setting> ofKey(String key) {
        for (Setting setting : values()) {
            if (setting.key.equals(key)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }
}
