package nl.keukentafel.gui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainStatus;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.NotSpokenReason;
import nl.keukentafel.model.intake.SpokenStatus;
import org.junit.jupiter.api.Test;

/**
 * A whole intake by keyboard for two parents (the father lives elsewhere) and three children of 2, 9 and 15: the
 * conversation, every member, every life domain that applies, the professionals, and safety assessments for two
 * children. The open-items panel then names the third child; adding that child's assessment clears the item.
 */
class CompleteIntakeTest extends IntakeGuiTestBase {
    private static final int SPOKEN = 0;
    private static final int SEEN_ONLY = 1;
    private static final int NOT_SPOKEN = 2;
    private static final int DISCUSSED = 0;
    private static final int NOT_DISCUSSED = 1;
    private static final int NOT_APPLICABLE = 2;
    private static final List<String> DISCUSSED_DOMAINS = List.of("financien", "huisvesting", "huiselijke-relaties",
            "geestelijke-gezondheid", "sociaal-netwerk", "gezinsstructuur", "emotionele-ondersteuning", "scholing");
    private static final List<String> NOT_DISCUSSED_DOMAINS = List.of("middelengebruik", "justitie");

    @Test
    void aCompleteIntakeLeavesOnlyTheMissingAssessmentAndAddingItClearsIt() {
        createVaultWithKeyboard();
        createFamilyVos();
        openIntakeTab("Vos");
        push(KeyCode.CONTROL, KeyCode.ENTER);

        assertFocus("conversationDate");
        type(KeyCode.TAB).write("Thuis, aan de keukentafel").type(KeyCode.TAB).write("Tolk via de telefoon");
        type(KeyCode.TAB);
        assertFocus("presentMember-0");
        type(KeyCode.SPACE).type(KeyCode.TAB, 2);
        assertFocus("presentMember-2");
        type(KeyCode.SPACE).type(KeyCode.TAB, 2);
        assertFocus("presentMember-4");
        type(KeyCode.SPACE).type(KeyCode.TAB);
        assertFocus("presentContact-0");
        type(KeyCode.TAB);
        assertFocus("conversationNotes");
        write("Moeder vertelt over de verhuizing.\nSanne heeft schulden bij de energieleverancier.");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        // the menu opened by keyboard has its first domain (Financiën) ready
        type(KeyCode.ENTER);
        assertFocus("conversationNotes");
        snap("20-intake-conversation");

        type(KeyCode.TAB);
        member(0, SPOKEN, -1, "Rust in huis en hulp bij de schulden.");
        member(1, NOT_SPOKEN, 1, "");
        type(KeyCode.TAB).write("Woont in Rotterdam; belafspraak volgende week.").type(KeyCode.TAB, 2);
        member(2, NOT_SPOKEN, 0, "");
        type(KeyCode.TAB, 3);
        member(3, SPOKEN, -1, "Dat papa en mama geen ruzie maken.");
        member(4, SEEN_ONLY, 4, "");
        type(KeyCode.TAB).write("Wilde alleen even gedag zeggen").type(KeyCode.TAB).write("Meer tijd voor mezelf.").type(KeyCode.TAB);
        snap("22-intake-members");

        for (String code : List.of("financien", "werk-opleiding", "tijdsbesteding", "huisvesting", "huiselijke-relaties",
                "geestelijke-gezondheid", "lichamelijke-gezondheid", "middelengebruik", "basale-adl", "instrumentele-adl",
                "sociaal-netwerk", "maatschappelijke-participatie", "justitie", "gezinsstructuur", "lichamelijke-verzorging",
                "emotionele-ondersteuning", "socialisering", "opvang", "scholing")) {
            domain(code);
        }
        snap("23-intake-domains");

        assertFocus("familyCan");
        write("Oma Riet past twee middagen op.").type(KeyCode.TAB).write("Buurvrouw brengt Daan naar voetbal.").type(KeyCode.TAB)
                .write("Schulden, opvoeding van Lotte.").type(KeyCode.TAB);
        for (int rule = 0; rule < 3; rule++) {
            assertThat(focused().getId()).startsWith("waiver-");
            write("Wordt deze week aangemeld").type(KeyCode.TAB);
        }
        // the panel shows the dossier check's findings by criterion: rules of thumb are T5 (with consent and network)
        waitUntil("all rules of thumb waived", () -> openItems("T5").stream().noneMatch(item -> item.contains("in het netwerk")));
        assertThat(openItems("T1")).as("every member handled").isEmpty();
        assertThat(openItems("T2")).as("every domain handled").isEmpty();
        assertThat(openItems("T3")).hasSize(3);

        addAssessmentFromPanel(1);
        addAssessmentFromPanel(1);
        waitUntil("two assessments added", () -> openItems("T3").size() == 1);
        assertThat(openItems("T3")).singleElement().asString().contains("Mila Vos")
                .doesNotContain("Daan").doesNotContain("Lotte");
        snap("24-intake-open-items");

        addAssessmentFromPanel(0);
        waitUntil("the last child's item cleared", () -> openItems("T3").isEmpty());

        IntakeState stored = session().intake().read(dossierId);
        Map<String, Member> byName = new java.util.HashMap<>();
        stored.dossier().members().forEach(member -> byName.put(member.givenName(), member));
        assertThat(stored.memberLine(byName.get("Karim").id()).map(IntakeMember::notSpokenReason))
                .contains(NotSpokenReason.LIVES_ELSEWHERE);
        assertThat(stored.memberLine(byName.get("Mila").id()).map(IntakeMember::notSpokenReason)).contains(NotSpokenReason.TOO_YOUNG);
        assertThat(stored.memberLine(byName.get("Lotte").id()).map(IntakeMember::spoken)).contains(SpokenStatus.SEEN_ONLY);
        assertThat(stored.memberLine(byName.get("Daan").id()).map(IntakeMember::requestForHelp))
                .contains("Dat papa en mama geen ruzie maken.");
        assertThat(stored.domains()).hasSize(19).allSatisfy(entry -> assertThat(entry.status()).isNotNull());
        DomainEntry money = stored.domains().stream().filter(entry -> entry.domainCode().equals("financien")).findFirst().orElseThrow();
        assertThat(money.status()).isEqualTo(DomainStatus.DISCUSSED);
        assertThat(money.score()).isEqualTo(3);
        assertThat(money.notes()).as("attached from the conversation notes").contains("Sanne heeft schulden bij de energieleverancier.");
        assertThat(stored.conversations().get(0).presentMembers()).hasSize(3);
        assertThat(stored.conversations().get(0).place()).isEqualTo("Thuis, aan de keukentafel");
        for (String child : CHILDREN) {
            assertThat(stored.assessmentsOf(byName.get(child).id())).as(child).hasSize(1);
        }
    }

    /** The member's line: spoken status, the reason when not spoken, the request for help; ends on the field after. */
    private void member(int index, int spoken, int reason, String request) {
        assertFocus("memberSpoken-" + index);
        choose(spoken);
        type(KeyCode.TAB);
        if (spoken != SPOKEN) {
            assertFocus("memberReason-" + index);
            choose(reason);
            return;
        }
        assertFocus("memberRequest-" + index);
        write(request).type(KeyCode.TAB);
    }

    /** One domain from its row's title: discussed with text and a score, not discussed with a reason, or n.a. */
    private void domain(String code) {
        assertFocus("domain-" + code);
        type(KeyCode.SPACE).type(KeyCode.TAB);
        assertFocus("domainStatus-" + code);
        if (DISCUSSED_DOMAINS.contains(code)) {
            choose(DISCUSSED);
            type(KeyCode.TAB);
            assertFocus("domainScore-" + code);
            choose(3);
            type(KeyCode.TAB).write("Gaat goed: " + code).type(KeyCode.TAB).write("Zorg: " + code).type(KeyCode.TAB, 3);
        } else {
            choose(NOT_DISCUSSED_DOMAINS.contains(code) ? NOT_DISCUSSED : NOT_APPLICABLE);
            assertThat(lookup("#domainStatus-" + code).queryComboBox().getValue()).as(code)
                    .isEqualTo(NOT_DISCUSSED_DOMAINS.contains(code) ? DomainStatus.NOT_DISCUSSED : DomainStatus.NOT_APPLICABLE);
            type(KeyCode.TAB);
            assertFocus("domainReason-" + code);
            write(NOT_DISCUSSED_DOMAINS.contains(code) ? "Volgend gesprek" : "Speelt niet").type(KeyCode.TAB);
            assertFocus("domainForMember-" + code);
            type(KeyCode.TAB);
        }
    }

    /** Ctrl+Shift+O, Tab to the n-th open item, Enter jumps to the child's add button, Space adds the assessment. */
    private void addAssessmentFromPanel(int safetyIndex) {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        assertFocus("openItem-T3-0");
        type(KeyCode.TAB, safetyIndex);
        assertFocus("openItem-T3-" + safetyIndex);
        type(KeyCode.ENTER);
        assertThat(focused().getId()).startsWith("addAssessment-");
        type(KeyCode.SPACE);
    }
}
