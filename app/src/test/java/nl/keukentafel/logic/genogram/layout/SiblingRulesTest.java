package nl.keukentafel.logic.genogram.layout;

import static nl.keukentafel.model.Gender.FEMALE;
import static nl.keukentafel.model.Gender.MALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.UUID;
import nl.keukentafel.logic.genogram.samples.FamilyBuilder;
import nl.keukentafel.logic.genogram.samples.SampleFamilies;
import nl.keukentafel.model.genogram.TwinKind;
import org.junit.jupiter.api.Test;

/** Siblings of one couple stand together in birth order, oldest left, twins side by side, centred under the parents. */
class SiblingRulesTest {
    @Test
    void siblingsStandOldestLeftWhateverOrderTheyWereEntered() {
        FamilyBuilder builder = new FamilyBuilder("order");
        UUID couple = builder.couple(builder.man("Vader", "1970"), builder.woman("Moeder", "1972"));
        builder.child(couple, "Jongste", FEMALE, "3-3-2010");
        builder.child(couple, "Oudste", MALE, "1-12-1999");
        builder.child(couple, "Middelste", MALE, "15-6-2004");
        builder.child(couple, "Zelfde jaar later", FEMALE, "20-6-2004");
        Layouts family = Layouts.of(builder.build());

        assertThat(family.rowNames(1)).containsExactly("Oudste", "Middelste", "Zelfde jaar later", "Jongste");
        family.assertNoOverlap();
    }

    @Test
    void aBareYearSortsBeforeDatesInThatYearAndUnknownBirthsGoLastByBirthOrder() {
        FamilyBuilder builder = new FamilyBuilder("unknown");
        UUID couple = builder.couple(builder.man("Vader", "1970"), builder.woman("Moeder", "1972"));
        builder.child(couple, "Datum", MALE, "1-1-2001");
        builder.child(couple, "Jaar", MALE, "2001");
        UUID second = builder.child(couple, "Onbekend tweede", FEMALE, null);
        UUID first = builder.child(couple, "Onbekend eerste", FEMALE, "ergens in de zomer");
        builder.birthOrder(second, 2).birthOrder(first, 1);
        Layouts family = Layouts.of(builder.build());

        assertThat(family.rowNames(1)).containsExactly("Jaar", "Datum", "Onbekend eerste", "Onbekend tweede");
    }

    @Test
    void twinsStandSideBySideInTheirBirthOrder() {
        Layouts family = Layouts.of(SampleFamilies.twins());

        assertThat(family.rowNames(1)).containsExactly("Thijs Dijkstra", "Luuk Dijkstra", "Stijn Dijkstra", "Eva Dijkstra",
                "Finn Dijkstra", "Roos Dijkstra");
        // Side by side: the sibling distance, or a little more where their names are wider than a symbol.
        assertThat(family.x("Stijn Dijkstra") - family.x("Luuk Dijkstra")).isBetween(RuleLayouter.SIBLING_DISTANCE - 1e-6,
                RuleLayouter.SIBLING_DISTANCE + 5);
        assertThat(family.x("Finn Dijkstra") - family.x("Eva Dijkstra")).isBetween(RuleLayouter.SIBLING_DISTANCE - 1e-6,
                RuleLayouter.SIBLING_DISTANCE + 5);
    }

    @Test
    void twinsBornEitherSideOfMidnightStayTogetherAheadOfAYoungerSiblingBornOnTheSecondTwinsDate() {
        FamilyBuilder builder = new FamilyBuilder("midnight");
        UUID couple = builder.couple(builder.man("Vader", "1970"), builder.woman("Moeder", "1972"));
        UUID before = builder.child(couple, "Voor middernacht", MALE, "31-12-2005");
        UUID after = builder.child(couple, "Na middernacht", MALE, "1-1-2006");
        builder.child(couple, "Zusje", FEMALE, "1-1-2006");
        builder.child(couple, "Zusje twee", FEMALE, "1-1-2006");
        builder.twins(TwinKind.IDENTICAL, before, after).birthOrder(before, null).birthOrder(after, null);
        Layouts family = Layouts.of(builder.build());

        assertThat(family.rowNames(1)).startsWith("Voor middernacht", "Na middernacht");
    }

    @Test
    void childrenAreCentredUnderTheirParents() {
        Layouts family = Layouts.of(SampleFamilies.nuclear());

        double children = (family.x("Lotte Bakhuis") + family.x("Fenna Bakhuis")) / 2;
        assertThat(children).isEqualTo(family.midpoint("Ruud Bakhuis", "Petra Bakhuis-Lont"), within(0.5));
        assertThat(family.x("Petra Bakhuis-Lont") - family.x("Ruud Bakhuis")).isEqualTo(RuleLayouter.PARTNER_DISTANCE, within(0.5));
        assertThat(family.rowNames(1)).containsExactly("Lotte Bakhuis", "Daan Bakhuis", "Fenna Bakhuis");
        family.assertStructure();
        family.assertNoOverlap();
    }
}
