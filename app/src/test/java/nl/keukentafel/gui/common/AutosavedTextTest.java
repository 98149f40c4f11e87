package nl.keukentafel.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value that arrived by sync is shown without being saved again, and never over the text being typed. */
class AutosavedTextTest {
    private final List<String> saved = new ArrayList<>();
    private final AutosavedText field = new AutosavedText("Zonnedorp", saved::add);

    @Test
    void aStoredValueIsShownWithoutSavingItAgainWhileTypingIsSaved() {
        field.showStored("Oost-Zonnedorp");
        assertThat(field.text()).isEqualTo("Oost-Zonnedorp");
        assertThat(saved).isEmpty();

        field.textProperty().set("West-Zonnedorp");
        assertThat(saved).containsExactly("West-Zonnedorp");
    }

    @Test
    void theFieldBeingEditedKeepsWhatIsTyped() {
        field.editingProperty().set(true);
        field.textProperty().set("Zonnedorp-Noord");
        field.showStored("Bramstad");
        assertThat(field.text()).isEqualTo("Zonnedorp-Noord");
        assertThat(saved).containsExactly("Zonnedorp-Noord");

        field.editingProperty().set(false);
        field.showStored("Bramstad");
        assertThat(field.text()).isEqualTo("Bramstad");
        assertThat(saved).containsExactly("Zonnedorp-Noord");
    }

    @Test
    void aChoiceArrivingBySyncIsNotSavedAgain() {
        List<Boolean> choices = new ArrayList<>();
        AutosavedChoice<Boolean> professional = new AutosavedChoice<>(false, choices::add);
        professional.showStored(true);
        assertThat(professional.value()).isTrue();
        assertThat(choices).isEmpty();
    }
}
