package nl.keukentafel.logic.genogram.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.FamilyGraph.Couple;
import nl.keukentafel.logic.genogram.FamilyGraph.Person;
import nl.keukentafel.logic.genogram.layout.RuleLayouter;
import nl.keukentafel.logic.genogram.samples.SampleFamilies;
import nl.keukentafel.model.genogram.UnionEventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A person with two partners (Mark with his ex-wife and his new partner, Sandra with her ex-husband and the father of
 * her younger children, Gert in the large family): the two couple lines never run along each other, and the former
 * partner's line carries the divorce's two slashes or the separation's one.
 */
class CoupleLinesTest {
    private static final GenogramDrawOptions OPTIONS = GenogramDrawOptions.of(new Localization(Localization.DUTCH)::get);

    static Stream<Arguments> families() {
        return Stream.of("remarriage", "father-elsewhere", "deceased-parent", "large")
                .map(name -> Arguments.of(name, SampleFamilies.all().get(name).get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void twoCoupleLinesOfOnePersonNeverRunAlongEachOther(String name, FamilyGraph graph) {
        DrawingProbe probe = new DrawingProbe(new GenogramDrawer().parts(graph, new RuleLayouter().layout(graph), OPTIONS).picture());
        int people = 0;
        for (Person person : graph.persons()) {
            List<Couple> couples = graph.couples().stream().filter(couple -> couple.partnerA().equals(person.key())
                    || couple.partnerB().equals(person.key())).toList();
            for (int i = 0; i < couples.size(); i++) {
                for (int j = i + 1; j < couples.size(); j++) {
                    people++;
                    List<double[]> one = DrawingProbe.segments(probe.one(couples.get(i).id().toString()));
                    List<double[]> other = DrawingProbe.segments(probe.one(couples.get(j).id().toString()));
                    for (double[] a : one) {
                        assertThat(other).as(name + ": the couple lines of " + person.name() + " run along each other")
                                .noneMatch(b -> DrawingProbe.runAlong(a, b));
                    }
                }
            }
            for (Couple couple : couples) {
                UnionEventType last = couple.events().isEmpty() ? null : couple.events().getLast().type();
                int slashes = last == UnionEventType.DIVORCED ? 2 : last == UnionEventType.SEPARATED ? 1 : 0;
                assertThat(probe.withId(couple.id() + ":slash0").size() + probe.withId(couple.id() + ":slash1").size())
                        .as(name + ": former or current partner of " + person.name()).isEqualTo(slashes);
            }
        }
        assertThat(people).as(name + ": someone with two partners").isPositive();
    }
}
