package nl.keukentafel.gui.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import nl.keukentafel.model.genogram.ParentLink;
import org.junit.jupiter.api.Test;

/** By keyboard: R on one person, the other chosen, then K links the first as a child of the second; nobody new is drawn. */
class GenogramLinkKeysTest extends GenogramScreenTestBase {
    @Test
    void relationModeLinksTwoExistingPeople() {
        long relatives = relatives();
        interact(() -> model.selectedProperty().set(daughter));
        type(KeyCode.R);
        interact(() -> model.selectedProperty().set(mother));
        type(KeyCode.K);
        waitUntil("the daughter is the mother's child", () -> stored().parentLinksOf(daughter).stream()
                .map(ParentLink::parent).toList().contains(mother));
        assertThat(relatives()).as("no new persons drawn").isEqualTo(relatives);
        assertThat(model.relationFromProperty().get()).as("relation mode ended").isNull();
    }

    /** Persons in the genogram who are not household members (a member's facts record is not a new person). */
    private long relatives() {
        return stored().persons().stream().filter(person -> person.memberId() == null).count();
    }
}
