package nl.keukentafel.logic.genogram.layout;

import static nl.keukentafel.model.Gender.FEMALE;
import static nl.keukentafel.model.Gender.MALE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.keukentafel.logic.genogram.samples.FamilyBuilder;
import nl.keukentafel.logic.genogram.samples.SampleFamilies;
import nl.keukentafel.model.genogram.UnionEvent;
import nl.keukentafel.model.genogram.UnionEventType;
import org.junit.jupiter.api.Test;

/** Rows first: parents one row above their children, partners on one row, nobody floating. */
class GenerationRulesTest {
    @Test
    void threeGenerationsStandOnThreeRowsWithParentsOneRowAboveTheirChildren() {
        Layouts family = Layouts.of(SampleFamilies.threeGenerations());
        family.assertStructure();
        assertThat(family.rowNames(0)).containsExactlyInAnyOrder("Gerrit de Boer", "Willy de Boer-Post", "Kees Vermeulen",
                "Annie Vermeulen-Kok");
        assertThat(family.rowNames(1)).containsExactlyInAnyOrder("Marco de Boer", "Sander de Boer", "Linda Vermeulen", "Esther Vermeulen");
        assertThat(family.rowNames(2)).containsExactlyInAnyOrder("Tess de Boer", "Milan de Boer");
        assertThat(family.at("Milan de Boer").y() - family.at("Sander de Boer").y()).isEqualTo(RuleLayouter.ROW_HEIGHT);
        assertThat(family.at("Gerrit de Boer").y()).isEqualTo(RuleLayouter.rowY(0));
    }

    @Test
    void aPartnerFromADeeperFamilyPullsThePartnerAndTheirChildrenDown() {
        FamilyBuilder builder = new FamilyBuilder("deeper");
        UUID greatGrandfather = builder.man("Overgrootvader", "1920");
        UUID greatGrandmother = builder.woman("Overgrootmoeder", "1922");
        UUID grandparents = builder.couple(greatGrandfather, greatGrandmother);
        UUID grandmother = builder.child(grandparents, "Grootmoeder", FEMALE, "1945");
        UUID grandfather = builder.man("Grootvader", "1943");
        UUID middle = builder.couple(grandfather, grandmother);
        UUID wife = builder.child(middle, "Echtgenote", FEMALE, "1970");
        UUID father = builder.man("Vader", "1930");
        UUID mother = builder.woman("Moeder", "1932");
        UUID shallow = builder.couple(father, mother);
        UUID husband = builder.child(shallow, "Echtgenoot", MALE, "1968");
        UUID couple = builder.couple(husband, wife, new UnionEvent(UnionEventType.MARRIED, "1995"));
        builder.child(couple, "Kleinkind", MALE, "1998");
        Layouts family = Layouts.of(builder.build());

        family.assertStructure();
        assertThat(family.row("Echtgenote")).isEqualTo(2);
        assertThat(family.row("Echtgenoot")).as("pushed down to his wife's row").isEqualTo(2);
        assertThat(family.row("Kleinkind")).isEqualTo(3);
        assertThat(family.row("Vader")).as("his parents stand just above him, not at the top").isEqualTo(1);
        assertThat(family.row("Moeder")).isEqualTo(1);
    }

    @Test
    void aGrandfatherWhoMarriedInStandsBesideHisWifeNotOnTopRow() {
        FamilyBuilder builder = new FamilyBuilder("married-in");
        UUID greatGrandfather = builder.man("Overgrootvader", "1920");
        UUID greatGrandmother = builder.woman("Overgrootmoeder", "1922");
        UUID top = builder.couple(greatGrandfather, greatGrandmother);
        UUID grandmother = builder.child(top, "Grootmoeder", FEMALE, "1945");
        UUID loneFather = builder.man("Losse vader", "1940");
        builder.link(builder.man("Zoon", "1965"), loneFather, nl.keukentafel.model.genogram.ParentLinkKind.BIRTH);
        UUID grandfather = builder.man("Grootvader", "1943");
        builder.couple(grandfather, grandmother);
        Layouts family = Layouts.of(builder.build());

        family.assertStructure();
        assertThat(family.row("Grootvader")).isEqualTo(1);
        assertThat(family.row("Losse vader")).as("a parent without drawn parents stands just above the child").isEqualTo(0);
        assertThat(family.row("Zoon")).isEqualTo(1);
    }

    @Test
    void aCycleTypedByMistakeStillGivesALayout() {
        FamilyBuilder builder = new FamilyBuilder("cycle");
        UUID one = builder.man("Een", "1950");
        UUID other = builder.woman("Ander", "1952");
        builder.link(one, other, nl.keukentafel.model.genogram.ParentLinkKind.BIRTH);
        builder.link(other, one, nl.keukentafel.model.genogram.ParentLinkKind.BIRTH);
        Layouts family = Layouts.of(builder.build());

        family.assertNoOverlap();
        assertThat(family.layout().persons()).hasSize(2);
    }
}
