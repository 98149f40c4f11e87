package nl.keukentafel.logic.genogram.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.FamilyGraph;
import nl.keukentafel.logic.genogram.draw.Drawing.Text;
import nl.keukentafel.logic.genogram.layout.RuleLayouter;
import nl.keukentafel.logic.genogram.samples.FamilyBuilder;
import nl.keukentafel.model.Gender;
import org.junit.jupiter.api.Test;

/**
 * What the family said about an age is drawn as said: an estimate ("ongeveer 40") shows as "± 40" in the symbol, never
 * as a plain age or an invented birth year; a birth year or month shows its year; an exact date its age without "±".
 */
class EstimatedAgeTest {
    private final FamilyBuilder family = new FamilyBuilder("ages");
    private final UUID estimated = family.woman("Sandra Bos", "ongeveer 40");
    private final UUID unknownGender = family.person("Kim", Gender.UNKNOWN, "ca. 40");
    private final UUID year = family.man("Erwin Kok", "1982");
    private final UUID month = family.woman("Jade Kok", "05-2011");
    private final UUID exact = family.man("Tim Smits", "2-1-2012");
    private final DrawingProbe probe;

    EstimatedAgeTest() {
        FamilyGraph graph = family.build();
        probe = new DrawingProbe(new GenogramDrawer().parts(graph, new RuleLayouter().layout(graph),
                GenogramDrawOptions.of(new Localization(Localization.DUTCH)::get)).picture());
    }

    private List<String> texts(UUID person, String part) {
        return probe.withId(person + ":" + part).stream().map(shape -> ((Text) shape).text()).toList();
    }

    @Test
    void anEstimatedAgeShowsAsPlusMinusInTheSymbolWithoutABirthYear() {
        assertThat(texts(estimated, "age")).containsExactly("± 40");
        assertThat(texts(estimated, "years")).isEmpty();
    }

    @Test
    void whereTheAgeCannotGoInsideTheSymbolTheEstimateIsWrittenUnderIt() {
        assertThat(texts(unknownGender, "age")).isEmpty();
        assertThat(texts(unknownGender, "years")).containsExactly("± 40 jr");
    }

    @Test
    void aBirthYearOrMonthShowsItsYearAndAnExactDateAPlainAge() {
        assertThat(texts(year, "years")).containsExactly("geb. 1982");
        assertThat(texts(year, "age")).containsExactly("44");
        assertThat(texts(month, "years")).containsExactly("geb. 2011");
        assertThat(texts(month, "age")).containsExactly("15");
        assertThat(texts(exact, "age")).containsExactly("14");
    }
}
