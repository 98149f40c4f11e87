package nl.keukentafel.gui.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.input.KeyCode;
import nl.keukentafel.model.genogram.GenoPerson;
import org.junit.jupiter.api.Test;

/** Ctrl+Z and Ctrl+Y in the genogram undo and redo in the vault itself, step by step, and the drawing follows. */
class GenogramUndoRedoTest extends GenogramScreenTestBase {

    private java.util.List<GenoPerson> relatives() {
        return stored().persons().stream().filter(person -> person.memberId() == null).toList();
    }

    @Test
    void addedPartnerIsGoneFromTheVaultAfterUndoAndBackAfterRedo() {
        type(KeyCode.P);
        write("Nina").type(KeyCode.ENTER);
        UUID nina = selected();
        assertThat(relatives()).extracting(GenoPerson::givenName).containsExactly("Nina");
        assertThat(canvas().symbolBounds(nina.toString())).isPresent();

        push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(relatives()).as("first undo: the typed name").singleElement()
                .satisfies(person -> assertThat(person.givenName()).isNull());
        push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(relatives()).as("second undo: the partner itself").isEmpty();
        assertThat(stored().unions()).isEmpty();
        assertThat(canvas().symbolBounds(nina.toString())).as("gone from the drawing").isEmpty();

        push(KeyCode.CONTROL, KeyCode.Y);
        assertThat(relatives()).singleElement().satisfies(person -> assertThat(person.id()).isEqualTo(nina));
        assertThat(stored().unions()).singleElement().satisfies(union -> assertThat(union.partnerB()).isEqualTo(nina));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(relatives()).extracting(GenoPerson::givenName).containsExactly("Nina");
        assertThat(canvas().symbolBounds(nina.toString())).isPresent();
    }

    @Test
    void aMemberCannotBeDeletedHereButARelativeCanAndComesBack() {
        type(KeyCode.DELETE);
        assertThat(lookup("#genogramMessage").queryLabeled().getText()).contains("Gezinsleden");
        assertThat(stored().dossier().members()).hasSize(4);

        type(KeyCode.O);
        write("Piet").type(KeyCode.ENTER);
        type(KeyCode.DELETE);
        assertThat(relatives()).extracting(GenoPerson::givenName).doesNotContain("Piet");
        assertThat(stored().parentLinks()).hasSize(1);
        assertThat(stored().unions()).isEmpty();
        push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(relatives()).extracting(GenoPerson::givenName).contains("Piet");
        assertThat(stored().parentLinks()).hasSize(2);
        assertThat(stored().unions()).hasSize(1);
    }
}
