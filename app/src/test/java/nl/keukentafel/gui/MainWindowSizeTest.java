package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The first window fits the screen it opens on (seen under Xvfb at 1024×700: it opened larger, its edges off-screen). */
class MainWindowSizeTest {
    @Test
    void aSmallLaptopGetsAWindowAsLargeAsItsScreenAndABigScreenTheRoomyDefault() {
        assertThat(MainWindow.firstSize(new Rectangle2D(0, 0, 1024, 672))).isEqualTo(new Dimension2D(1024, 672));
        assertThat(MainWindow.firstSize(new Rectangle2D(0, 27, 1920, 1053))).isEqualTo(new Dimension2D(1180, 780));
    }
}
