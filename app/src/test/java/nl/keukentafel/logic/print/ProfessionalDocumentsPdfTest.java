package nl.keukentafel.logic.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.plan.PlanState;
import org.junit.jupiter.api.Test;

/** The professional plan, the evaluatieverslag, the eindrapport and the genogram pages, read back from their PDFs. */
class ProfessionalDocumentsPdfTest {
    private static final Localization DUTCH = new Localization(Localization.DUTCH);

    private static byte[] print(PrintSources sources, PrintDocument document) throws Exception {
        return PrintedDocuments.pdf(sources, PrintRequest.defaults(document, PrintFamilies.PRINTED), DUTCH);
    }

    @Test
    void theProfessionalPlanHasTheTemplatesPartsInOrder() throws Exception {
        byte[] pdf = print(PrintFamilies.small(), PrintDocument.PROFESSIONAL);

        assertThat(PdfReading.text(pdf).replaceAll("\\s+", " ")).containsSubsequence("Werkplan Gezin Bakker",
                "Versie 1, akkoord op 05-11-2026.", "Gezin en regisseur", "Anna Bakker", "Ouder", "Probleemanalyse",
                "Analyse: schulden, schoolverzuim.", "Zelfredzaamheid (uit de intake)", "Doelen", "Daan gaat elke dag naar school.",
                "Scholing", "Wie doet wat wanneer", "Afstemmingsafspraken", "School en regisseur", "Betrokkenen", "Meester Jansen",
                "Akkoord");
        assertThat(PdfReading.text(pdf)).doesNotContain("Zorgaanbieder Noord");
        assertThat(PdfReading.tags(pdf)).extracting(PdfReading.Tag::type).contains("H1", "H2", "Table", "TH");
    }

    @Test
    void theEvaluationReportShowsAttendanceResultsAndScoresButSafetyOnlyWhenChosen() throws Exception {
        byte[] pdf = print(PrintFamilies.small(), PrintDocument.EVALUATIE);
        PrintRequest withSafety = new PrintRequest(PrintDocument.EVALUATIE, PrintSection.offered(PrintDocument.EVALUATIE),
                PrintFamilies.PRINTED, Optional.of(PrintFamilies.EVALUATION));

        String text = PdfReading.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).containsSubsequence("Evaluatieverslag Gezin Bakker, 01-12-2026", "Anna Bakker", "Aanwezig", "Daan de Vries",
                "Afgemeld", "ziek", "Daan gaat elke dag naar school.", "Deels behaald", "Gaat beter.", "Doorgaan",
                "Leefgebieden: intake en nu", "Financiën — 3", "Goed gesprek.");
        assertThat(text).as("a domain scored neither at the intake nor now is left out").doesNotContain("— —");
        assertThat(text).doesNotContain("Veiligheid per kind");
        assertThat(PdfReading.text(PrintedDocuments.pdf(PrintFamilies.small(), withSafety, DUTCH)).replaceAll("\\s+", " "))
                .contains("Veiligheid per kind", "Voorwaardelijk veilig · Matig");
    }

    @Test
    void anEvaluationReportWithoutAnyScoreSaysSoInsteadOfAnEmptyTable() throws Exception {
        byte[] pdf = print(PrintFamilies.smallWithoutScores(), PrintDocument.EVALUATIE);

        String text = PdfReading.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).containsSubsequence("Leefgebieden: intake en nu",
                "Bij geen enkel leefgebied is een score ingevuld, bij de intake of nu.", "Goed gesprek.");
        assertThat(text).doesNotContain("Financiën");
        assertThat(PdfReading.text(print(PrintFamilies.small(), PrintDocument.EVALUATIE))).doesNotContain("Bij geen enkel leefgebied");
    }

    @Test
    void theEndReportKeepsTheEditedTextsParagraphsAndHeadings() throws Exception {
        byte[] pdf = print(PrintFamilies.small(), PrintDocument.EIND);

        assertThat(PdfReading.text(pdf).replaceAll("\\s+", " ")).containsSubsequence("Eindrapport Gezin Bakker",
                "Afgesloten op 01-12-2026. Reden: Doelen bereikt.", "Hulpvraag", "Het gezin vroeg hulp bij geld en school.", "Resultaat");
        assertThat(PdfReading.tags(pdf)).extracting(PdfReading.Tag::type).containsSubsequence("H1", "H2", "P", "H2");
    }

    @Test
    void theGenogramPagesAreFiguresWithAlternativeText() throws Exception {
        byte[] pdf = print(PrintFamilies.small(), PrintDocument.GENOGRAM);

        List<PdfReading.Tag> figures = PdfReading.tags(pdf).stream().filter(tag -> "Figure".equals(tag.type())).toList();
        assertThat(figures).hasSize(2).allMatch(figure -> figure.alt() != null && !figure.alt().isBlank());
        assertThat(figures.get(0).alt()).startsWith("Genogram van Gezin Bakker");
        assertThat(PdfReading.fontsNotEmbedded(pdf)).isEmpty();
    }

    @Test
    void theGenogramAndEcogramFitBetweenThePageMarginsWithTheirLegends() throws Exception {
        // seen on a printed page: the legend beside each drawing ran past the right margin and was cut off
        double left = 20 / 25.4 * 72;
        double right = (210 - 20) / 25.4 * 72;
        for (PrintSources family : List.of(PrintFamilies.small(), PrintFamilies.large())) {
            List<double[]> spans = PdfReading.imageSpans(print(family, PrintDocument.GENOGRAM), 0);
            assertThat(spans).as("genogram and ecogram").hasSizeGreaterThanOrEqualTo(2);
            assertThat(spans).allSatisfy(span -> {
                assertThat(span[0]).isGreaterThanOrEqualTo(left - 0.5);
                assertThat(span[1]).as("right edge of a picture, in points").isLessThanOrEqualTo(right + 0.5);
            });
        }
    }

    @Test
    void aReportWithoutItsRecordIsRefused() {
        PrintSources none = PrintFamilies.smallConcept();
        PlanState plan = none.plan();
        assertThat(plan.closure()).isEmpty();
        assertThatThrownBy(() -> print(none, PrintDocument.EIND)).isInstanceOf(PrintRefusal.class).hasMessage("print.error.noClosure");
        assertThatThrownBy(() -> print(none, PrintDocument.EVALUATIE)).isInstanceOf(PrintRefusal.class)
                .hasMessage("print.error.noEvaluation");
    }
}
