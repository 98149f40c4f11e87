package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import java.util.Map;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;
import org.junit.jupiter.api.Test;

/**
 * A small laptop screen, 1024×700: every tab of a filled dossier fits without a horizontal scroll bar (forms reflow
 * into fewer columns instead), and the genogram toolbar keeps one row by moving its less-used buttons into "Meer…".
 * Fails naming the tab and the scrolling control. With {@code -Dkeukentafel.screenshots}
 * it also leaves a picture of each tab.
 */
class SmallScreenTest extends WindowTestBase {
    @Override
    protected WindowSize windowSize() {
        return SMALL_SCREEN;
    }

    @Test
    void everyTabOfADossierFitsWithoutScrollingSideways() {
        createVaultWithKeyboard();
        UUID dossier = familyVos();
        clickOn("#caseloadSearch").write("Vos").type(KeyCode.ENTER);
        TabPane tabs = lookup("#dossierTabs").queryAs(TabPane.class);
        List<String> problems = new ArrayList<>();
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            interact(() -> tabs.getSelectionModel().select(tab));
            if ("intakeTab".equals(tab.getId()) && session().intake().read(dossier).intake().isEmpty()) {
                push(KeyCode.CONTROL, KeyCode.ENTER);
            }
            interact(() -> { });
            snap("small-" + tab.getId());
            for (Node node : lookup((Node candidate) -> candidate instanceof Labeled && inHeader(candidate)).queryAll()) {
                if (node instanceof Labeled labeled && showing(labeled) && truncated(labeled)) {
                    problems.add(tab.getId() + ": header text cut off: " + labeled.getId());
                }
            }
            for (Node node : lookup(".scroll-bar").queryAll()) {
                if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && showing(bar)
                        && bar.getMax() - bar.getMin() > bar.getVisibleAmount() + 1) {
                    problems.add(tab.getId() + ": " + scroller(bar));
                }
            }
        }
        assertThat(problems).as("horizontal scroll bars at 1024×700 (dossier " + dossier + ")").isEmpty();
    }

    /** Issue 14: the settings and the About page at 1024×700 — no label cut off ("Automatisch vergr…"), nothing sideways. */
    @Test
    void settingsAndAboutShowEveryLabelWholeAndNeedNoSidewaysScrolling() {
        createVaultWithKeyboard();
        List<String> problems = new ArrayList<>();
        push(KeyCode.CONTROL, KeyCode.COMMA);
        waitUntil("the settings", () -> lookup("#settingsScreen").tryQuery().isPresent());
        snap("small-settings");
        problems.addAll(cutOffOrSideways("#settingsScreen"));
        clickOn("#settingsAboutButton");
        waitUntil("the About page", () -> lookup("#aboutScreen").tryQuery().isPresent());
        snap("small-about");
        problems.addAll(cutOffOrSideways("#aboutScreen"));
        assertThat(problems).as("cut-off labels and horizontal scroll bars at 1024×700").isEmpty();
    }

    /** Issue 14: an exception's reason of 300 characters wraps at the Toets list's width instead of scrolling it sideways. */
    @Test
    void aLongExceptionReasonWrapsInsideTheToetsList() {
        createVaultWithKeyboard();
        UUID dossier = session().caseload().createFamily("Familie Lang").join();
        var finding = session().checker().check(dossier).results().stream().flatMap(result -> result.open().stream()).findFirst()
                .orElseThrow();
        String reason = ("De moeder wil eerst zelf met de school praten voordat wij contact opnemen; dat is met haar zo afgesproken"
                + " in het gesprek van dinsdag en we kijken er over drie weken samen opnieuw naar. ").repeat(2).substring(0, 300);
        session().checker().waive(dossier, finding.key(), reason).join();
        clickOn("#caseloadSearch").write("Lang").type(KeyCode.ENTER);
        waitUntil("dossier open", () -> lookup("#dossierTabs").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.DIGIT9);
        waitUntil("the exception in the list", () -> lookup(".check-waived").tryQuery().isPresent());
        snap("small-toets-long-reason");
        Labeled waived = lookup(".check-waived").queryAs(Labeled.class);
        assertThat(waived.getText()).contains(reason);
        assertThat(truncated(waived)).as("the reason is shown whole, wrapped").isFalse();
        assertThat(cutOffOrSideways("#checkList")).as("horizontal scroll bars in the Toets list at 1024×700").isEmpty();
    }

    /** Labels under {@code root} that show less than their text, and horizontal scroll bars that can move. */
    private List<String> cutOffOrSideways(String root) {
        List<String> problems = new ArrayList<>();
        Node screen = lookup(root).query();
        interact(() -> { });
        for (Node node : from(screen).lookup((Node candidate) -> candidate instanceof Labeled).queryAll()) {
            if (node instanceof Labeled labeled && showing(labeled) && truncated(labeled)) {
                problems.add(root + ": text cut off: " + (labeled.getId() != null ? labeled.getId() : "'" + labeled.getText() + "'")
                        + " (" + Math.round(labeled.getWidth()) + "×" + Math.round(labeled.getHeight()) + ")");
            }
        }
        for (Node node : lookup(".scroll-bar").queryAll()) {
            // both a scroll pane and a list hide a horizontal bar they do not need
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && showing(bar) && isInside(bar, screen)
                    && bar.getWidth() > 0) {
                problems.add(root + ": " + scroller(bar));
            }
        }
        return problems;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node step = node; step != null; step = step.getParent()) {
            if (step == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theGenogramToolbarStaysOneRowWithAMoreMenuThatGoesWhenThereIsRoom() {
        MenuButton more = genogramOfFamilyVos();
        Region toolbar = (Region) more.getParent();
        waitUntil("the toolbar is laid out", () -> toolbar.getWidth() > 0);
        snap(toolbar, "small-genogram-toolbar");
        assertOneRowInside(toolbar);
        assertThat(more.isVisible()).as("at 1024 the less-used buttons are in \"Meer…\"").isTrue();
        assertThat(more.getItems()).extracting(MenuItem::getId).contains("genogramFitItem", "genogramResetLayoutItem")
                .doesNotContain("genogramAddPartnerItem", "genogramUndoItem");
        assertThat(lookup("#genogramFit").query().isVisible()).isFalse();
        assertThat(lookup("#genogramAddPartner").query().isVisible()).isTrue();
        assertThat(lookup("#genogramExport").query().isVisible()).isTrue();

        // a moved button still works from the menu (the index person is the first member, chosen when the tab opened)
        interact(() -> more.getItems().stream().filter(item -> "genogramMakeIndexItem".equals(item.getId()))
                .findFirst().orElseThrow().fire());
        UUID dossier = session().caseload().search("Vos", false).get(0).dossierId();
        assertThat(session().genogram().read(dossier).settings()).as("\"Indexpersoon\" from the menu chose one")
                .hasValueSatisfying(settings -> assertThat(settings.indexPerson()).isNotNull());

        try {
            interact(() -> stage.setWidth(1400));
            waitUntil("the toolbar has room at 1400", () -> toolbar.getWidth() > 1300 && !more.isVisible());
            assertOneRowInside(toolbar);
            assertThat(lookup("#genogramFit").query().isVisible()).as("every button back in the row").isTrue();
        } finally {
            // the stage outlives the test: the next one must find the small screen again
            interact(() -> stage.setWidth(windowSize().width()));
        }
    }

    /**
     * "Meer…" is a Tab stop like any other button: Shift+Tab from the drawing reaches it, Space or Enter opens it, the
     * arrows go through its items and Enter chooses one; then the keyboard is back on the drawing.
     */
    @Test
    void theMoreMenuIsReachedWithTabOpenedWithSpaceOrEnterAndChosenWithTheArrows() {
        MenuButton more = genogramOfFamilyVos();
        waitUntil("\"Meer…\" shown at 1024", more::isVisible);

        push(KeyCode.SHIFT, KeyCode.TAB);
        assertFocus("genogramMore");
        type(KeyCode.SPACE);
        waitUntil("Space opens \"Meer…\"", more::isShowing);
        type(KeyCode.ESCAPE);
        waitUntil("Escape closes it", () -> !more.isShowing());
        if (!"genogramMore".equals(focused().getId())) {
            push(KeyCode.SHIFT, KeyCode.TAB);
        }
        assertFocus("genogramMore");
        type(KeyCode.ENTER);
        waitUntil("Enter opens \"Meer…\"", more::isShowing);

        int index = more.getItems().stream().map(MenuItem::getId).toList().indexOf("genogramMakeIndexItem");
        assertThat(index).as("\"Indexpersoon\" is in the menu at 1024").isNotNegative();
        for (int step = 0; step <= index; step++) {
            type(KeyCode.DOWN);
        }
        type(KeyCode.ENTER);
        waitUntil("the menu closes after a choice", () -> !more.isShowing());
        UUID dossier = session().caseload().search("Vos", false).get(0).dossierId();
        waitUntil("\"Indexpersoon\" chosen with the keyboard", () -> session().genogram().read(dossier).settings()
                .map(settings -> settings.indexPerson() != null).orElse(false));
        assertFocus("genogramCanvas");
    }

    /** A new vault, Familie Vos, her genogram by keyboard (Ctrl+5): the drawing has the keyboard. Its "Meer…" button. */
    private MenuButton genogramOfFamilyVos() {
        createVaultWithKeyboard();
        familyVos();
        clickOn("#caseloadSearch").write("Vos").type(KeyCode.ENTER);
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        assertFocus("genogramCanvas");
        return lookup("#genogramMore").queryAs(MenuButton.class);
    }

    /** Every shown button on one line (no wrap) and inside the toolbar's width (nothing to scroll to). */
    private void assertOneRowInside(Region toolbar) {
        List<Node> shown = toolbar.getChildrenUnmodifiable().stream().filter(Node::isVisible).toList();
        double top = shown.get(0).getBoundsInParent().getMinY();
        for (Node node : shown) {
            assertThat(node.getBoundsInParent().getMinY()).as("one row: " + node.getId()).isCloseTo(top, within(8.0));
            assertThat(node.getBoundsInParent().getMaxX()).as("inside the toolbar: " + node.getId())
                    .isLessThanOrEqualTo(toolbar.getWidth() + 0.5);
        }
        assertThat(toolbar.getHeight()).as("one row high").isLessThan(2 * shown.get(0).getBoundsInParent().getHeight());
    }

    private UUID familyVos() {
        UUID dossier = session().caseload().createFamily("Familie Vos-Verhoeven van Dijk").join();
        member(dossier, HouseholdRole.PARENT, "Sanne", "12-03-1985", Residence.IN_HOUSEHOLD);
        member(dossier, HouseholdRole.PARENT, "Karim", "ongeveer 40", Residence.ELSEWHERE);
        member(dossier, HouseholdRole.CHILD, "Mila", "05-2011", Residence.IN_HOUSEHOLD);
        member(dossier, HouseholdRole.GRANDPARENT, "Riet", "1952", Residence.IN_HOUSEHOLD);
        RecordRef gp = session().dossiers().addContact(dossier, true).join();
        session().vault().records().patch(gp, Map.of(Contact.Field.NAME, "Dokter Bakker", Contact.Field.ORGANISATION,
                "Huisartsenpraktijk Zuid-Oost Kop van Noord-Holland")).join();
        return dossier;
    }

    private void member(UUID dossier, HouseholdRole role, String givenName, String born, Residence residence) {
        RecordRef ref = session().dossiers().addMember(dossier, role).join();
        session().vault().records().patch(ref, Map.of(Member.Field.GIVEN_NAME, givenName, Member.Field.FAMILY_NAME, "Vos",
                Member.Field.BIRTH_DATE, born, Member.Field.RESIDENCE, residence.name())).join();
    }

    /** The label's own text node shows less than its text ("Vergrend…"). */
    static boolean truncated(Labeled labeled) {
        if (labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY || labeled.getText() == null || labeled.getText().isEmpty()) {
            return false;
        }
        return labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(text -> text.getParent() == labeled)
                .anyMatch(text -> !labeled.getText().equals(text.getText()));
    }

    private static boolean inHeader(Node node) {
        for (Node step = node; step != null; step = step.getParent()) {
            if (step.getStyleClass().contains("app-header")) {
                return true;
            }
        }
        return false;
    }

    private static boolean showing(Node node) {
        for (Node step = node; step != null; step = step.getParent()) {
            if (!step.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static String scroller(Node bar) {
        for (Node step = bar.getParent(); step != null; step = step.getParent()) {
            if (step.getId() != null) {
                return step.getId() + " (" + step.getClass().getSimpleName() + ")";
            }
        }
        return bar.getParent().getClass().getSimpleName();
    }
}
