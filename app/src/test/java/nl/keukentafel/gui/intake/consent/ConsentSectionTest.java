package nl.keukentafel.gui.intake.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.Labeled;
import nl.keukentafel.gui.intake.safety.IntakeSectionTestBase;
import nl.keukentafel.logic.intake.OpenItem;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consent section on a real vault: bad input is marked in Dutch and nothing typed is lost; age rules; withdrawal. */
class ConsentSectionTest extends IntakeSectionTestBase {
    private UUID mother;
    private UUID sem;
    private RecordRef jeugdarts;

    @BeforeEach
    void familyWithATeenager() throws Exception {
        family("Familie Boomklever");
        mother = member(HouseholdRole.PARENT, "Ilse", "Boomklever", "11-07-1984");
        sem = member(HouseholdRole.CHILD, "Sem", "Boomklever", "10-03-2012");
        jeugdarts = contact("Mw. Jansen", "Jeugdarts GGD", true);
        host(ConsentSection::new);
    }

    @Test
    void anEndDateBeforeTheStartIsMarkedAndNothingEnteredIsLost() throws Exception {
        assertThat(section.editorOf(jeugdarts, OpenItem.ADD_CONSENT)).as("the open-items panel can jump to it")
                .containsSame(byId("addConsentFor-" + jeugdarts.id()));
        clickOn(reveal("addConsentFor-" + jeugdarts.id()));
        UUID consent = stored().id();
        assertThat(field("partnerName-" + consent).getText()).isEqualTo("Mw. Jansen (Jeugdarts GGD)");
        clickOn(reveal("giver-" + consent + "-" + mother));
        clickOn(reveal("data-" + consent)).write("Verslag van het keukentafelgesprek");
        clickOn(reveal("purpose-" + consent)).write("Afstemmen van de zorg voor Sem");
        replace("validFrom-" + consent, "01-12-2026");
        replace("validUntil-" + consent, "01-06-2026");
        Labeled message = (Labeled) byId("validUntil-" + consent + "Message");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).startsWith("De einddatum ligt vóór de begindatum.");
        clickOn(reveal("explainedHow-" + consent)).write("Mondeling, met de folder");

        reopen(ConsentSection::new);
        Consent kept = stored();
        assertThat(kept.validUntil()).isEqualTo("01-06-2026");
        assertThat(kept.validFrom()).isEqualTo("01-12-2026");
        assertThat(kept.data()).isEqualTo("Verslag van het keukentafelgesprek");
        assertThat(kept.purpose()).isEqualTo("Afstemmen van de zorg voor Sem");
        assertThat(kept.explainedHow()).isEqualTo("Mondeling, met de folder");
        assertThat(kept.givenBy()).containsExactly(mother);
        assertThat(kept.partnerContactId()).isEqualTo(jeugdarts.id());
        assertThat(kept.givenOn()).isEqualTo("01-12-2026");
        interact(() -> section.editorOf(new RecordRef(RecordKind.CONSENT, consent, dossierId), Consent.Field.VALID_UNTIL));
        assertThat(field("validUntil-" + consent).getText()).isEqualTo("01-06-2026");
        assertThat(field("data-" + consent).getText()).isEqualTo("Verslag van het keukentafelgesprek");
        assertThat(byId("validUntil-" + consent + "Message").isVisible()).as("still marked after reopening").isTrue();
    }

    @Test
    void aChildOf14ConsentsWithAParentAndAWithdrawalKeepsTheConsent() throws Exception {
        clickOn(reveal("addConsent"));
        UUID consent = stored().id();
        assertThat(stored().basis()).isEqualTo(ConsentBasis.CONSENT);
        assertThat(lookup("#consentSection").queryAs(javafx.scene.Parent.class).lookupAll(".label").stream()
                .map(node -> ((Labeled) node).getText())).contains("samen met een ouder (12–15 jaar)", "geeft zelf toestemming");
        Labeled givers = (Labeled) byId("givenBy-" + consent + "Message");
        clickOn(reveal("giver-" + consent + "-" + sem));
        assertThat(givers.isVisible()).isTrue();
        assertThat(givers.getText())
                .isEqualTo("Sem Boomklever is 12 tot 16 jaar en geeft toestemming samen met een ouder. Kies ook een ouder.");
        clickOn(reveal("giver-" + consent + "-" + mother));
        assertThat(givers.isVisible()).as("with a parent the rule is met").isFalse();

        clickOn(reveal("withdraw-" + consent));
        assertThat(((Labeled) byId("withdrawn-" + consent)).getText()).isEqualTo("Ingetrokken op 01-12-2026");
        reopen(ConsentSection::new);
        assertThat(stored().withdrawnOn()).isEqualTo("01-12-2026");
        assertThat(stored().givenBy()).containsExactlyInAnyOrder(sem, mother);
        assertThat(byId("withdrawn-" + consent).isVisible()).isTrue();
        assertThat(lookup("#withdraw-" + consent).tryQuery().map(javafx.scene.Node::isVisible)).contains(false);
    }

    private Consent stored() {
        return session.intake().read(dossierId).consents().get(0);
    }
}
