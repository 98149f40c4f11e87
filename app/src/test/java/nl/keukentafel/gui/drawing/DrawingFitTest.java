package nl.keukentafel.gui.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.draw.Drawing.Anchor;
import org.junit.jupiter.api.Test;

/** The one fit rule of the genogram and ecogram screens, on drawings of known size and text. */
class DrawingFitTest {
    /** The drawing room of both screens in a 1024×700 window (without toolbar, side panel and hints). */
    private static final double WIDTH = 690;
    private static final double HEIGHT = 590;

    private static Drawing drawing(double width, double height, double textSize, int texts) {
        List<Drawing.Shape> shapes = new ArrayList<>();
        for (int index = 0; index < texts; index++) {
            shapes.add(new Drawing.Text("t" + index, 10, 10 + index, "Jan", textSize, false, Anchor.MIDDLE, "#000000"));
        }
        return new Drawing(width, height, shapes);
    }

    @Test
    void aDrawingThatFitsReadablyIsShownWhole() {
        Drawing genogram = drawing(500, 170, 10, 8);
        assertThat(DrawingFit.zoom(genogram, WIDTH, HEIGHT)).isCloseTo(WIDTH / 500 * DrawingFit.ROOM, within(1e-9));
    }

    @Test
    void aDrawingBroughtALittleCloserStillFitsInTheRoomLeftRoundIt() {
        Drawing genogram = drawing(620, 170, 10, 8);
        double zoom = DrawingFit.zoom(genogram, WIDTH, HEIGHT);
        assertThat(zoom).isGreaterThan(WIDTH / 620 * DrawingFit.ROOM);
        assertThat(620 * zoom).isLessThanOrEqualTo(WIDTH);
    }

    @Test
    void aSmallDrawingWithMuchRoomIsBroughtCloserUntilItsTextReadsAsAGenogramName() {
        Drawing ecogram = drawing(700, 576, 11, 9);
        double whole = WIDTH / 700 * DrawingFit.ROOM;
        double zoom = DrawingFit.zoom(ecogram, WIDTH, HEIGHT);
        assertThat(11 * whole).as("with the room round it, its names would be smaller").isLessThan(DrawingFit.READABLE);
        assertThat(11 * zoom).isCloseTo(DrawingFit.READABLE, within(1e-9));
        assertThat(11 * zoom).as("at least a genogram name at its own size").isGreaterThanOrEqualTo(10);
        assertThat(700 * zoom).as("still whole in the window").isLessThanOrEqualTo(WIDTH);
        assertThat(576 * zoom).isLessThanOrEqualTo(HEIGHT);
    }

    @Test
    void aDrawingThatCannotBeReadableAndWholeIsShownWhole() {
        Drawing ecogram = drawing(1020, 570, 11, 9);
        assertThat(DrawingFit.zoom(ecogram, WIDTH, HEIGHT)).as("nothing cut off").isCloseTo(WIDTH / 1020 * DrawingFit.ROOM, within(1e-9));
    }

    @Test
    void aLargeFamilyStaysAnOverview() {
        Drawing large = drawing(3200, 900, 10, 120);
        assertThat(DrawingFit.zoom(large, WIDTH, HEIGHT)).isCloseTo(WIDTH / 3200 * DrawingFit.ROOM, within(1e-9));
    }

    @Test
    void aTinyDrawingIsNotBlownUp() {
        assertThat(DrawingFit.zoom(drawing(120, 80, 10, 2), WIDTH, HEIGHT)).isEqualTo(DrawingFit.MOST);
    }

    @Test
    void theTextThatCountsIsTheMiddleSizeNotTheSmallPrint() {
        List<Drawing.Shape> shapes = new ArrayList<>(drawing(400, 300, 11, 5).shapes());
        shapes.add(new Drawing.Text("years", 0, 0, "1975", 8.5, false, Anchor.MIDDLE, "#000000"));
        assertThat(DrawingFit.middleTextSize(new Drawing(400, 300, shapes))).isEqualTo(11);
    }
}
