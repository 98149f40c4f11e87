package nl.keukentafel.logic.genogram.ecogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.logic.genogram.draw.Drawing;
import nl.keukentafel.logic.genogram.draw.Drawing.Ellipse;
import nl.keukentafel.logic.genogram.draw.Drawing.Line;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;
import nl.keukentafel.logic.genogram.draw.GenogramDrawOptions;
import nl.keukentafel.logic.genogram.draw.GenogramDrawer;
import nl.keukentafel.logic.genogram.layout.RuleLayouter;
import nl.keukentafel.logic.genogram.samples.SampleFamilies;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.genogram.LinkStrength;
import nl.keukentafel.model.genogram.SupportDirection;
import nl.keukentafel.model.genogram.SupportKind;
import org.junit.jupiter.api.Test;

/**
 * The domain story's family (a mother with her children; the father lives elsewhere): the father is drawn outside the
 * household circle, in the family's sector, joined to it by a family line and named; he is not listed inside. And the
 * ecogram's texts are at least as large as the genogram's, kind for kind.
 */
class EcogramElsewhereTest {
    private static final Localization DUTCH = new Localization(Localization.DUTCH);
    private final UUID father = new UUID(8, 1);
    private final EcogramGraph graph = new EcogramGraph("Gezin Bos", List.of("Sandra Bos", "Romy Kok", "Tim Smits", "Lisa Smits"),
            List.of(new EcogramGraph.Node(new UUID(7, 1), "Oma Truus", null, EcogramGroup.FAMILY, LinkStrength.STRONG,
                            SupportDirection.TO_HOUSEHOLD, List.of(SupportKind.PRACTICAL)),
                    new EcogramGraph.Node(new UUID(7, 3), "Buurvrouw Els", null, EcogramGroup.FRIENDS, LinkStrength.WEAK, null, List.of()),
                    new EcogramGraph.Node(new UUID(7, 4), "Mevr. Jansen", "Basisschool De Regenboog", EcogramGroup.SCHOOL,
                            LinkStrength.STRESSFUL, null, List.of()),
                    new EcogramGraph.Node(new UUID(7, 5), "Dr. Bakker", "Huisartsenpraktijk Oost", EcogramGroup.CARE, null, null,
                            List.of()),
                    new EcogramGraph.Node(new UUID(7, 2), "Schuldhulpverlening Noord-Holland", "Gemeente", EcogramGroup.WORK,
                            LinkStrength.WEAK, null, List.of())),
            List.of(new EcogramGraph.Relative(father, "Kevin Smits")));
    private final EcogramDrawer.Parts parts = new EcogramDrawer().draw(graph, DUTCH::get);

    private List<Drawing.Shape> withId(String id) {
        return parts.picture().shapes().stream().filter(shape -> id.equals(shape.id())).toList();
    }

    private List<Text> texts(Drawing drawing) {
        return drawing.shapes().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    @Test
    void aMemberWhoLivesElsewhereIsDrawnOutsideTheHouseholdCircleAndJoinedToIt() {
        Ellipse household = (Ellipse) withId("household").getFirst();
        Ellipse him = (Ellipse) withId(father.toString()).getFirst();
        double apart = Math.hypot(him.centerX() - household.centerX(), him.centerY() - household.centerY());
        assertThat(apart).isGreaterThan(household.radiusX() + him.radiusX());
        Line line = (Line) withId(father + ":line").getFirst();
        assertThat(Math.hypot(line.x1() - household.centerX(), line.y1() - household.centerY()))
                .isCloseTo(household.radiusX() + 3, org.assertj.core.data.Offset.offset(1.0));
        assertThat(Math.hypot(line.x2() - him.centerX(), line.y2() - him.centerY()))
                .isCloseTo(him.radiusX() + 3, org.assertj.core.data.Offset.offset(1.0));
        assertThat(texts(parts.picture()).stream().filter(text -> text.id().equals(father + ":name")).map(Text::text))
                .containsExactly("Kevin Smits");
        assertThat(texts(parts.picture()).stream().filter(text -> text.id().equals("household:member")).map(Text::text))
                .containsExactly("Sandra Bos", "Romy Kok", "Tim Smits", "Lisa Smits");
        assertThat(texts(parts.legend()).stream().map(Text::text)).contains("Gezinslid, woont elders");
        Ellipse grandma = (Ellipse) withId(new UUID(7, 1).toString()).getFirst();
        assertThat(him.centerY()).as("in the family's sector at the top, first").isLessThan(household.centerY());
        assertThat(Math.atan2(him.centerX(), -him.centerY())).isLessThan(Math.atan2(grandma.centerX(), -grandma.centerY()));
    }

    @Test
    void theDossiersMembersAreSplitByWhereTheyLive() {
        UUID dossier = new UUID(1, 1);
        Family family = new Family(dossier, "Gezin Bos", null, null, null, null, null, null, null, null, null, false);
        List<Member> members = List.of(
                new Member(new UUID(2, 1), dossier, "Sandra", "Bos", "ongeveer 40", Gender.FEMALE, HouseholdRole.PARENT,
                        Residence.IN_HOUSEHOLD, null, null, null),
                new Member(new UUID(2, 2), dossier, "Kevin", "Smits", "1984", Gender.MALE, HouseholdRole.PARENT, Residence.ELSEWHERE,
                        null, null, null),
                new Member(new UUID(2, 3), dossier, "Tim", "Smits", "2012", Gender.MALE, HouseholdRole.CHILD, null, null, null, null));
        GenogramState state = new GenogramState(new Dossier(family, members, List.of()), Optional.empty(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        EcogramGraph read = EcogramGraph.from(state);
        assertThat(read.members()).containsExactly("Sandra Bos", "Tim Smits");
        assertThat(read.elsewhere()).containsExactly(new EcogramGraph.Relative(new UUID(2, 2), "Kevin Smits"));
    }

    @Test
    void theEcogramsTextsAreAtLeastAsLargeAsTheGenogramsKindForKind() {
        FamilyGraph family = SampleFamilies.fatherElsewhere();
        Drawing genogram = new GenogramDrawer().parts(family, new RuleLayouter().layout(family),
                GenogramDrawOptions.of(DUTCH::get)).picture();
        double genogramNames = texts(genogram).stream().filter(text -> text.id().endsWith(":name")).mapToDouble(Text::size).max()
                .orElseThrow();
        double genogramSmallest = texts(genogram).stream().filter(text -> text.id().endsWith(":years")).mapToDouble(Text::size).min()
                .orElseThrow();
        List<Text> ecogram = texts(parts.picture());
        assertThat(ecogram.stream().filter(text -> text.id().endsWith(":name") || text.id().equals("household:member"))
                .mapToDouble(Text::size).min().orElseThrow()).isGreaterThanOrEqualTo(genogramNames);
        assertThat(ecogram.stream().mapToDouble(Text::size).min().orElseThrow()).isGreaterThanOrEqualTo(genogramSmallest);
    }

    @Test
    void noTextOverlapsAnotherText() {
        List<Text> all = texts(parts.picture());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(nl.keukentafel.logic.genogram.draw.DrawingBounds.of(all.get(i))
                        .overlaps(nl.keukentafel.logic.genogram.draw.DrawingBounds.of(all.get(j))))
                        .as("\"" + all.get(i).text() + "\" overlaps \"" + all.get(j).text() + "\"").isFalse();
            }
        }
    }

    @Test
    void aNameTooWideForItsCircleIsCutWithTheFullNameKept() {
        List<Text> names = texts(parts.picture()).stream().filter(text -> text.id().equals(new UUID(7, 2) + ":name")).toList();
        assertThat(names).isNotEmpty().allMatch(text -> "Schuldhulpverlening Noord-Holland".equals(text.title()));
        assertThat(names.stream().map(Text::text)).anyMatch(text -> text.endsWith("…"));
    }
}
