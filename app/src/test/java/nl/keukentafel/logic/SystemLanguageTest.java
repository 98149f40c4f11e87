package nl.keukentafel.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SystemLanguageTest {
    @Test
    void aDutchLangWithoutTheDutchLocaleInstalledStillGivesDutch() {
        // the JVM reports en_US when nl_NL.UTF-8 is not installed
        assertThat(SystemLanguage.of(Locale.US, Map.of("LANG", "nl_NL.UTF-8")).getLanguage()).isEqualTo("nl");
    }

    @Test
    void lcAllComesBeforeLcMessagesComesBeforeLang() {
        assertThat(SystemLanguage.of(Locale.US, Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "nl_NL.UTF-8")).getLanguage()).isEqualTo("en");
        assertThat(SystemLanguage.of(Locale.US, Map.of("LC_MESSAGES", "nl_BE", "LANG", "en_US.UTF-8")).getLanguage()).isEqualTo("nl");
    }

    @Test
    void javasOwnAnswerStandsWithoutAVariableOrForTheCLocale() {
        Locale dutch = Locale.forLanguageTag("nl-NL");
        assertThat(SystemLanguage.of(dutch, Map.of())).isEqualTo(dutch);
        assertThat(SystemLanguage.of(Locale.US, Map.of("LANG", "C.UTF-8"))).isEqualTo(Locale.US);
        assertThat(SystemLanguage.of(Locale.US, Map.of("LANG", "POSIX"))).isEqualTo(Locale.US);
        assertThat(SystemLanguage.of(dutch, Map.of("LANG", "nl_NL.UTF-8"))).isEqualTo(dutch);
    }
}
