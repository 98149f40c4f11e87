package nl.keukentafel.logic.genogram.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.samples.SampleFamilies;
import org.junit.jupiter.api.Test;

/** Several partners in date order; each couple's children under that couple; half-siblings under their own couple. */
class CoupleRulesTest {
    @Test
    void aRemarriedFatherStandsBetweenHisEarlierAndLaterPartner() {
        Layouts family = Layouts.of(SampleFamilies.remarriage());

        assertThat(family.rowNames(1)).containsSubsequence("Peter Hoekstra", "Ellen Kooistra", "Mark Verwoerd", "Sanne de Graaf");
        assertThat(family.x("Ellen Kooistra")).isLessThan(family.x("Mark Verwoerd"));
        assertThat(family.x("Sanne de Graaf")).isGreaterThan(family.x("Mark Verwoerd"));
        family.assertStructure();
        family.assertNoOverlap();
    }

    @Test
    void childrenOfEachMarriageHangUnderTheirOwnCoupleInBirthOrderNotMixed() {
        Layouts family = Layouts.of(SampleFamilies.remarriage());
        List<String> children = family.rowNames(2);

        assertThat(children).containsExactly("Lieke Hoekstra", "Jesse Verwoerd", "Noor Verwoerd", "Sem Verwoerd", "Fleur Verwoerd");
        assertCloserToOwnCouple(family, List.of("Jesse Verwoerd", "Noor Verwoerd"), family.midpoint("Ellen Kooistra", "Mark Verwoerd"),
                family.midpoint("Mark Verwoerd", "Sanne de Graaf"));
        assertCloserToOwnCouple(family, List.of("Sem Verwoerd", "Fleur Verwoerd"), family.midpoint("Mark Verwoerd", "Sanne de Graaf"),
                family.midpoint("Ellen Kooistra", "Mark Verwoerd"));
        assertCloserToOwnCouple(family, List.of("Lieke Hoekstra"), family.midpoint("Peter Hoekstra", "Ellen Kooistra"),
                family.midpoint("Ellen Kooistra", "Mark Verwoerd"));
    }

    @Test
    void aDeceasedMotherKeepsHerPlaceBesideTheFatherWithTheirChildrenUnderThem() {
        FamilyGraph graph = SampleFamilies.deceasedParent();
        Layouts family = Layouts.of(graph);

        assertThat(family.row("Karin Mulder")).isEqualTo(1);
        assertThat(family.rowNames(1)).containsExactly("Karin Mulder", "Frank Peters", "Monique Peters-Vos");
        assertThat(family.rowNames(2)).containsExactly("Julia Peters", "Lars Peters", "(miskraam 2022)", "Mila Peters");
        assertCloserToOwnCouple(family, List.of("Julia Peters", "Lars Peters"), family.midpoint("Karin Mulder", "Frank Peters"),
                family.midpoint("Frank Peters", "Monique Peters-Vos"));
        assertThat(family.midpoint("Jan Mulder", "Riet Mulder-de Wit")).as("her parents stand above her side")
                .isLessThan(family.x("Frank Peters"));
        family.assertStructure();
        family.assertNoOverlap();
    }

    @Test
    void partnersWhoBothHaveParentsDrawnStandAtTheFacingEndsWhenBirthOrderAllows() {
        Layouts family = Layouts.of(SampleFamilies.threeGenerations());

        assertThat(family.rowNames(1)).containsExactly("Marco de Boer", "Sander de Boer", "Linda Vermeulen", "Esther Vermeulen");
        assertThat(family.x("Linda Vermeulen") - family.x("Sander de Boer")).isLessThan(RuleLayouter.BLOCK_DISTANCE * 1.5);
        assertCloserToOwnCouple(family, List.of("Tess de Boer", "Milan de Boer"), family.midpoint("Sander de Boer", "Linda Vermeulen"),
                family.midpoint("Gerrit de Boer", "Willy de Boer-Post"));
    }

    @Test
    void homeCouplesNameTheCoupleEachChildHangsUnder() {
        FamilyGraph graph = SampleFamilies.remarriage();
        Layouts family = Layouts.of(graph);
        UUID first = graph.couples().stream().filter(couple -> List.of(couple.partnerA(), couple.partnerB())
                .containsAll(List.of(family.key("Mark Verwoerd"), family.key("Ellen Kooistra")))).findFirst().orElseThrow().id();

        assertThat(RuleLayouter.homeCouples(graph)).containsEntry(family.key("Noor Verwoerd"), first)
                .doesNotContainKey(family.key("Ellen Kooistra")).doesNotContainKey(family.key("Henk Verwoerd"));
    }

    /** Each of the children is nearer its own couple's midpoint than the other couple's, and the block is centred. */
    static void assertCloserToOwnCouple(Layouts family, List<String> children, double own, double other) {
        double centre = (family.x(children.get(0)) + family.x(children.get(children.size() - 1))) / 2;
        assertThat(Math.abs(centre - own)).as("block centre to its own couple").isLessThan(Math.abs(centre - other));
        for (String child : children) {
            assertThat(Math.abs(family.x(child) - own)).as(child).isLessThan(Math.abs(family.x(child) - other));
        }
    }
}
