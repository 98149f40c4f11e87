package nl.keukentafel.gui.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.ParentLink;
import org.junit.jupiter.api.Test;

/**
 * A consultant draws three generations while the family talks, with the keyboard only: the household is connected (G),
 * grandparents on both sides are added (O), an aunt (B) with a partner (P) and a child (K), names and a birth date typed
 * in the side panel. The stored records and the drawing's geometry are checked.
 */
class ThreeGenerationKeyboardTest extends GenogramScreenTestBase {

    @Test
    void threeGenerationsWithTheKeyboardOnly() {
        assertThat(name(selected())).as("the first member is selected at the start").isEqualTo("Jan");
        type(KeyCode.G);
        assertThat(stored().unions()).hasSize(1);

        type(KeyCode.O);
        typeName("Piet");
        UUID piet = selected();
        type(KeyCode.RIGHT);
        assertThat(selected()).as("right of the new grandfather: his partner, still unnamed").isNotEqualTo(piet);
        assertThat(name(selected())).isNull();
        editName("Riet");

        selectByArrows("Els", KeyCode.DOWN, KeyCode.RIGHT);
        type(KeyCode.O);
        typeName("Kees");
        type(KeyCode.RIGHT);
        editName("Ans");

        selectByArrows("Jan", KeyCode.DOWN, KeyCode.LEFT);
        type(KeyCode.B);
        write("Marja").type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB).write("12-03-1972").type(KeyCode.ENTER);
        UUID marja = selected();
        assertThat(name(marja)).isEqualTo("Marja");
        type(KeyCode.P);
        typeName("Henk");
        type(KeyCode.K);
        typeName("Lotte");

        GenogramState state = stored();
        Map<String, UUID> keys = state.persons().stream().filter(person -> person.memberId() == null)
                .collect(Collectors.toMap(GenoPerson::givenName, GenoPerson::id));
        assertThat(keys.keySet()).containsExactlyInAnyOrder("Piet", "Riet", "Kees", "Ans", "Marja", "Henk", "Lotte");
        assertThat(keys.get("Piet")).isEqualTo(piet);
        assertThat(state.unions()).extracting(union -> Set.of(union.partnerA(), union.partnerB())).containsExactlyInAnyOrder(
                Set.of(father, mother), Set.of(keys.get("Piet"), keys.get("Riet")), Set.of(keys.get("Kees"), keys.get("Ans")),
                Set.of(marja, keys.get("Henk")));
        assertThat(parentsOf(state, son)).containsExactlyInAnyOrder(father, mother);
        assertThat(parentsOf(state, daughter)).containsExactlyInAnyOrder(father, mother);
        assertThat(parentsOf(state, father)).containsExactlyInAnyOrder(keys.get("Piet"), keys.get("Riet"));
        assertThat(parentsOf(state, mother)).containsExactlyInAnyOrder(keys.get("Kees"), keys.get("Ans"));
        assertThat(parentsOf(state, marja)).containsExactlyInAnyOrder(keys.get("Piet"), keys.get("Riet"));
        assertThat(parentsOf(state, keys.get("Lotte"))).containsExactlyInAnyOrder(marja, keys.get("Henk"));
        assertThat(state.parentLinks()).hasSize(12);
        assertThat(state.persons().stream().filter(person -> person.id().equals(marja)).findFirst().orElseThrow().birthDate())
                .isEqualTo("12-03-1972");

        double grandparents = centreY(keys.get("Piet"));
        assertThat(centreY(keys.get("Riet"))).isEqualTo(grandparents);
        assertThat(centreY(keys.get("Kees"))).isEqualTo(grandparents);
        double parents = centreY(father);
        assertThat(grandparents).as("grandparents above parents").isLessThan(parents);
        assertThat(centreY(mother)).isEqualTo(parents);
        assertThat(centreY(marja)).as("the aunt on her brother's row").isEqualTo(parents);
        assertThat(parents).as("parents above children").isLessThan(centreY(son));
        assertThat(centreY(keys.get("Lotte"))).isEqualTo(centreY(son));
        assertThat(centreX(son)).as("siblings oldest left: Tom (2005) before Sara (2008)").isLessThan(centreX(daughter));
        assertThat(centreX(marja)).as("siblings oldest left: Marja (1972) before Jan (1975)").isLessThan(centreX(father));
    }

    private void typeName(String name) {
        write(name).type(KeyCode.ENTER);
        assertThat(name(selected())).isEqualTo(name);
    }

    private void editName(String name) {
        type(KeyCode.ENTER);
        typeName(name);
    }

    /** Presses the keys in turn until the person is selected (at most twice round), so the path shows in a failure. */
    private void selectByArrows(String name, KeyCode... keys) {
        for (KeyCode key : keys) {
            if (name.equals(name(selected()))) {
                return;
            }
            type(key);
        }
        assertThat(name(selected())).as("selected with " + List.of(keys)).isEqualTo(name);
    }

    private String name(UUID key) {
        if (key == null) {
            return null;
        }
        String name = PersonNames.of(stored(), key, "");
        return name.isEmpty() ? null : name;
    }

    private static List<UUID> parentsOf(GenogramState state, UUID child) {
        return state.parentLinks().stream().filter(link -> link.child().equals(child)).map(ParentLink::parent).toList();
    }

    private Bounds bounds(UUID key) {
        return canvas().symbolBounds(key.toString()).orElseThrow(() -> new AssertionError("no symbol drawn for " + key));
    }

    private double centreY(UUID key) {
        return bounds(key).getCenterY();
    }

    private double centreX(UUID key) {
        return bounds(key).getCenterX();
    }
}
