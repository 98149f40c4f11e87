package nl.keukentafel.logic.genogram.layout;

import static nl.keukentafel.model.Gender.FEMALE;
import static nl.keukentafel.model.Gender.MALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.genogram.samples.FamilyBuilder;
import nl.keukentafel.logic.genogram.samples.SampleFamilies;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.UnionEvent;
import nl.keukentafel.model.genogram.UnionEventType;
import org.junit.jupiter.api.Test;

/**
 * A child with a birth couple and a foster couple hangs under the couple it lives with (the household); the birth
 * link becomes a longer line. Without household facts a placed child hangs under its foster or adoptive couple.
 */
class FosterRulesTest {
    @Test
    void aFosterChildStandsWithItsFosterFamilyAndItsBirthParentsAreDrawnTooOnTheirRow() {
        Layouts family = Layouts.of(SampleFamilies.foster());

        assertThat(family.rowNames(0)).containsExactlyInAnyOrder("Dennis Bos", "Chantal Meijer", "Wim Jansen", "Ans Jansen-Visser");
        assertThat(family.rowNames(1)).containsSubsequence("Bram Jansen", "Kim Bos");
        assertThat(family.x("Kim Bos") - family.x("Bram Jansen")).as("foster siblings side by side, oldest left")
                .isEqualTo(RuleLayouter.SIBLING_DISTANCE, within(1e-6));
        CoupleRulesTest.assertCloserToOwnCouple(family, List.of("Bram Jansen", "Kim Bos"),
                family.midpoint("Wim Jansen", "Ans Jansen-Visser"), family.midpoint("Dennis Bos", "Chantal Meijer"));
        CoupleRulesTest.assertCloserToOwnCouple(family, List.of("Tim Bos"), family.midpoint("Dennis Bos", "Chantal Meijer"),
                family.midpoint("Wim Jansen", "Ans Jansen-Visser"));
        family.assertStructure();
        family.assertNoOverlap();
    }

    @Test
    void withoutHouseholdFactsAFosterChildStillHangsUnderTheFosterCouple() {
        FamilyBuilder builder = new FamilyBuilder("no-household");
        UUID birth = builder.couple(builder.man("Geboortevader", "1985"), builder.woman("Geboortemoeder", "1987"));
        UUID foster = builder.couple(builder.man("Pleegvader", "1965"), builder.woman("Pleegmoeder", "1966"));
        UUID placed = builder.child(birth, "Pleegkind", FEMALE, "2012");
        builder.child(birth, "Broer", MALE, "2010");
        builder.child(foster, "Eigen kind", MALE, "1995");
        builder.linkToCouple(placed, foster, ParentLinkKind.FOSTER);
        Layouts family = Layouts.of(builder.build());

        assertThat(family.rowNames(1)).containsSubsequence("Eigen kind", "Pleegkind");
        assertThat(Math.abs(family.x("Pleegkind") - family.x("Eigen kind"))).isEqualTo(RuleLayouter.SIBLING_DISTANCE,
                within(1e-6));
    }

    @Test
    void aChildWithAStepfatherHangsUnderItsBirthParentsWhenNobodyLivesTogether() {
        FamilyBuilder builder = new FamilyBuilder("step");
        UUID mother = builder.woman("Moeder", "1980");
        UUID father = builder.man("Vader", "1978");
        UUID stepfather = builder.man("Stiefvader", "1975");
        UUID first = builder.couple(father, mother, new UnionEvent(UnionEventType.MARRIED, "2002"));
        UUID second = builder.couple(mother, stepfather, new UnionEvent(UnionEventType.MARRIED, "2012"));
        UUID child = builder.child(first, "Kind", MALE, "2005");
        builder.link(child, stepfather, ParentLinkKind.STEP);
        builder.child(second, "Halfzus", FEMALE, "2014");
        Layouts family = Layouts.of(builder.build());

        assertThat(family.rowNames(0)).containsExactly("Vader", "Moeder", "Stiefvader");
        assertThat(family.rowNames(1)).containsExactly("Kind", "Halfzus");
        CoupleRulesTest.assertCloserToOwnCouple(family, List.of("Kind"), family.midpoint("Vader", "Moeder"),
                family.midpoint("Moeder", "Stiefvader"));
    }
}
