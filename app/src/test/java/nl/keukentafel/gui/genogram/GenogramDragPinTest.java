package nl.keukentafel.gui.genogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import nl.keukentafel.logic.genogram.layout.GenogramLayout;
import nl.keukentafel.model.genogram.GenoPerson;
import org.junit.jupiter.api.Test;

/**
 * A symbol dragged with the mouse stays where it was put, through re-layout and reopening; "Indeling herstellen" (or
 * Ctrl+Shift+0) clears it.
 */
class GenogramDragPinTest extends GenogramScreenTestBase {

    @Test
    void draggedSymbolStaysThroughRelayoutAndResetClearsIt() throws Exception {
        type(KeyCode.G);
        Bounds before = canvas().symbolBounds(son.toString()).orElseThrow();
        GenogramLayout.Placement laidOut = model.pictureProperty().get().layout().persons().get(son);
        double zoom = canvas().zoom();
        Point2D grab = canvas().localToScreen(canvas().toScreen(before.getCenterX(), before.getCenterY()));
        drag(grab, MouseButton.PRIMARY).moveBy(40, 10).moveBy(40, 10).release(MouseButton.PRIMARY);

        GenoPerson facts = stored().persons().stream().filter(person -> son.equals(person.memberId())).findFirst().orElseThrow();
        assertThat(facts.pinnedX()).as("pinned in layout units").isNotNull();
        assertThat(facts.pinnedX() - laidOut.x()).as("pinned in layout units where it was dropped").isCloseTo(80 / zoom, within(3.0));
        assertThat(facts.pinnedY() - laidOut.y()).isCloseTo(20 / zoom, within(3.0));
        Bounds after = canvas().symbolBounds(son.toString()).orElseThrow();
        Point2D dropped = canvas().localToScreen(canvas().toScreen(after.getCenterX(), after.getCenterY()));
        assertThat(dropped.getX() - grab.getX()).as("on the screen the symbol stays under the mouse").isCloseTo(80, within(4.0));
        assertThat(dropped.getY() - grab.getY()).isCloseTo(20, within(4.0));

        type(KeyCode.O);
        write("Piet").type(KeyCode.ENTER);
        openScreen();
        GenogramLayout.Placement kept = model.pictureProperty().get().layout().persons().get(son);
        assertThat(kept.pinned()).as("re-laid out after a change and reopened: still pinned").isTrue();
        assertThat(kept.x()).isEqualTo(facts.pinnedX());
        assertThat(kept.y()).isEqualTo(facts.pinnedY());

        clickOn("#genogramResetLayout");
        assertThat(pinnedX()).as("reset clears the pin in the vault").isNull();
        assertThat(stored().persons().stream().filter(person -> son.equals(person.memberId())).findFirst().orElseThrow().pinnedY())
                .isNull();
        assertThat(model.pictureProperty().get().layout().persons().get(son).pinned()).as("laid out again").isFalse();

        // the same by keyboard (the button may sit in "Meer…" on a small screen): undo brings the pin back, Ctrl+Shift+0 clears it
        push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(pinnedX()).as("the reset undone").isNotNull();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT0);
        assertThat(pinnedX()).as("Ctrl+Shift+0 resets the layout").isNull();
    }

    private Double pinnedX() {
        return stored().persons().stream().filter(person -> son.equals(person.memberId())).findFirst().orElseThrow().pinnedX();
    }
}
