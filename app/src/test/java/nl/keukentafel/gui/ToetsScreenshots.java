package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nl.keukentafel.logic.demo.DemoData;
import nl.keukentafel.logic.demo.DemoFamily;
import nl.keukentafel.logic.demo.DemoPhase;
import nl.keukentafel.logic.demo.DemoWriter;
import nl.keukentafel.model.Family;
import org.junit.jupiter.api.Test;

/**
 * Not a check: photographs the Toets tab at 1024×700 on a demo family (the {@code demo} command's data, evaluated
 * plan), with one finding recorded as an exception. Runs only with {@code -Dkeukentafel.screenshots=DIR}.
 */
class ToetsScreenshots extends GuiTestBase {
    @Override
    protected WindowSize windowSize() {
        return SMALL_SCREEN;
    }

    @Test
    void photographTheToetsTab() {
        assumeTrue(screenshotFolder() != null, "screenshots only on request");
        createVaultWithKeyboard();
        LocalDate today = LocalDate.now();
        // the demo command's seed (20261124), so the family is one a demo vault holds
        DemoFamily family = new DemoData(20_261_124L, today, consultantName()).family(2);
        new DemoWriter(session()).write(family, DemoPhase.EVALUATED, today);
        clickOn("#caseloadSearch").write(family.household().get(Family.Field.HOUSEHOLD_NAME)).type(KeyCode.ENTER);
        waitUntil("dossier open", () -> lookup("#dossierTabs").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT9);
        waitUntil("the check shown", () -> !lookup("#checkList").queryAs(ListView.class).getItems().isEmpty());
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        write("Met teamleider besproken: volgt in het tweede gesprek");
        type(KeyCode.ENTER);
        waitUntil("the exception shown", () -> lookup(".check-waived").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(lookup("#checkList").queryAs(ListView.class).getItems().size()).as("criteria and findings listed").isGreaterThan(14);
        snap("40-toets");
        Path picture = screenshotFolder().resolve("40-toets.png");
        assertThat(picture).as("the picture was written").isRegularFile();
        assertThat(picture.toFile().length()).as("the picture is not empty").isPositive();
    }
}
