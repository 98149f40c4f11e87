package nl.keukentafel.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import nl.keukentafel.model.Text;
import org.junit.jupiter.api.Test;

/** Positions found in folded text map back to the text as typed, also where folding changed its length. */
class SnippetsTest {
    private static Snippets.Found find(String typed, String query, int context) {
        return Snippets.find(typed, Text.searchable(query), context).orElseThrow();
    }

    private static String match(Snippets.Found found) {
        return found.text().substring(found.start(), found.start() + found.length());
    }

    @Test
    void foldingThatChangesLengthStillMarksTheTypedWord() {
        Snippets.Found found = find("Die Straße heißt Großmann-Allee", "grossmann", 100);
        assertThat(match(found)).isEqualTo("Großmann");
        assertThat(found.text()).isEqualTo("Die Straße heißt Großmann-Allee");
        assertThat(match(find("Élodie en Zoë", "zoe", 100))).isEqualTo("Zoë");
    }

    @Test
    void longTextIsCutAroundTheMatchOnOneLine() {
        Snippets.Found found = find("eerste regel\ntweede regel met schimmel erin\nderde regel", "SCHIMMEL", 5);
        assertThat(found.text()).isEqualTo("… met schimmel erin…");
        assertThat(match(found)).isEqualTo("schimmel");
        assertThat(Snippets.find("niets", "iets anders", 5)).isEmpty();
    }
}
