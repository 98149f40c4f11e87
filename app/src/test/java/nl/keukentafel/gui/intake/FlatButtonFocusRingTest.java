package nl.keukentafel.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The focus ring of a flat button ("Voor een gezinslid apart" in a life domain) is a clean ring around the button, as on
 * every other button, and leaves its text as it was: the ring's blue once spread over the letters themselves (a drop
 * shadow of a button without a background is a shadow of its text). Compares the button's area with and without focus.
 */
class FlatButtonFocusRingTest extends IntakeGuiTestBase {
    private static final String BUTTON = "domainForMember-financien";
    /** Pixels this far inside the button's edge are its content: the ring must not reach them. */
    private static final int INSIDE = 3;
    /** Pixels around the button in each picture: the ring lies there. */
    private static final int MARGIN = 6;

    @Test
    void theRingGoesAroundTheFlatButtonAndNotOverItsText() {
        createVaultWithKeyboard();
        createFamilyVos();
        openIntakeTab("Vos");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil("the intake is started", () -> lookup("#domain-financien").tryQuery().isPresent());
        focusOn("domain-financien");
        type(KeyCode.SPACE);
        Node button = lookup("#" + BUTTON).query();
        waitUntil("the life domain is open", button::isVisible);
        focusOn("domain-financien");
        WritableImage without = area(button);

        focusOn(BUTTON);
        WritableImage with = area(button);
        snap(button.getParent(), "flat-button-focus");

        int width = (int) Math.min(with.getWidth(), without.getWidth());
        int height = (int) Math.min(with.getHeight(), without.getHeight());
        assertThat(ringBlue(with, width, height, false)).as("a ring of the focus blue around the button").isGreaterThan(width);
        assertThat(ringBlue(with, width, height, true) - ringBlue(without, width, height, true))
                .as("no focus blue over the text and icon inside the button").isLessThanOrEqualTo(0);
    }

    @Test
    void theRingGoesAroundAnOpenPointsLinkAndNotOverItsText() {
        createVaultWithKeyboard();
        createFamilyVos();
        openIntakeTab("Vos");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil("an open point as a link", () -> openPointLink() != null);
        Node link = openPointLink();
        focusOn("domain-financien");
        WritableImage without = area(link);

        interact(link::requestFocus);
        waitUntil("the link has the keyboard", link::isFocused);
        WritableImage with = area(link);

        int width = (int) Math.min(with.getWidth(), without.getWidth());
        int height = (int) Math.min(with.getHeight(), without.getHeight());
        assertThat(ringBlue(with, width, height, false)).as("a ring of the focus blue around the link").isGreaterThan(width);
        assertThat(ringBlue(with, width, height, true) - ringBlue(without, width, height, true))
                .as("no focus blue over the link's text").isLessThanOrEqualTo(0);
    }

    private Node openPointLink() {
        return lookup(node -> node instanceof javafx.scene.control.Hyperlink && node.getId() != null
                && node.getId().startsWith("openItem-") && node.isVisible()).tryQuery().orElse(null);
    }

    /** The button with a margin of {@link #MARGIN} pixels around it, in scene pixels. */
    private WritableImage area(Node button) {
        WritableImage[] shot = new WritableImage[1];
        interact(() -> {
            Bounds bounds = button.localToScene(button.getLayoutBounds());
            javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
            parameters.setViewport(new javafx.geometry.Rectangle2D(bounds.getMinX() - MARGIN, bounds.getMinY() - MARGIN,
                    bounds.getWidth() + 2 * MARGIN, bounds.getHeight() + 2 * MARGIN));
            shot[0] = stage.getScene().getRoot().snapshot(parameters, null);
        });
        return shot[0];
    }

    /**
     * Pixels of a strong blue, counted inside the button (more than {@link #INSIDE} pixels from its edge) or in the band
     * just outside it (within 3 pixels of its edge).
     */
    private static int ringBlue(WritableImage image, int width, int height, boolean inside) {
        PixelReader pixels = image.getPixelReader();
        int count = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int fromEdge = Math.min(Math.min(x - MARGIN, width - 1 - MARGIN - x), Math.min(y - MARGIN, height - 1 - MARGIN - y));
                boolean counted = inside ? fromEdge >= INSIDE : fromEdge < 0 && fromEdge >= -3;
                if (counted && blue(pixels.getColor(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Near the focus ring's #0550ae, or a blend of it with the light page: blue well above red and green. */
    private static boolean blue(Color color) {
        return color.getBlue() - color.getRed() > 0.25 && color.getBlue() - color.getGreen() > 0.15;
    }
}
