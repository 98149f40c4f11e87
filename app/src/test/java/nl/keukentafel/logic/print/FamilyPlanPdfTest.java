package nl.keukentafel.logic.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.keukentafel.i18n.Localization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parent plan read back from its PDF: content in order, the accessibility structure, fonts, determinism. */
class FamilyPlanPdfTest {
    private static final Localization DUTCH = new Localization(Localization.DUTCH);
    private static byte[] parents;

    @BeforeAll
    static void print() throws Exception {
        parents = PrintedDocuments.pdf(PrintFamilies.small(), PrintRequest.defaults(PrintDocument.OUDERS, PrintFamilies.PRINTED), DUTCH);
        Path folder = Path.of("target", "print-samples");
        Files.createDirectories(folder);
        Files.write(folder.resolve("ouders-klein.pdf"), parents);
    }

    @Test
    void theTextSaysWhoDoesWhatInTheOrderOfThePlan() throws Exception {
        String text = PdfReading.text(parents).replaceAll("\\s+", " ");

        assertThat(text).containsSubsequence("Ons plan: Gezin Bakker", "Dit is het plan van uw gezin.",
                "We hebben dit plan samen afgesproken op 05-11-2026.", "Uw vaste contactpersoon", "Joke Visser is uw vaste contactpersoon.",
                "Telefoon: 0201234567", "Volgende afspraak", "We praten weer samen op 15-01-2027.", "Wat gaat goed",
                "Oma Riet helpt elke week mee.", "Waar werken we aan", "Doel 1", "Daan gaat elke dag naar school.", "Scholing",
                "Voor: Daan de Vries", "Doel 2", "Geldzaken", "Wie doet wat, en wanneer", "Wie Wat Wanneer Klaar?",
                "Daan de Vries", "Zet elke avond de wekker.", "10-11-2026", "Nog niet", "Meester", "Belt Anna als Daan er niet is.",
                "15-11-2026", "Joke Visser", "Regelt een afspraak bij de", "20-11-2026", "Wie kunt u bereiken", "Riet", "Oma", "0687654321",
                "elke dag", "Gedrukt op 5 december 2026.");
        assertThat(text).doesNotContain("CONCEPT", "Analyse: schulden", "Zorgaanbieder Noord");
    }

    @Test
    void theStructureTreeHasHeadingsTablesWithHeaderCellsAndTheLanguage() throws Exception {
        List<String> types = PdfReading.tags(parents).stream().map(PdfReading.Tag::type).toList();

        assertThat(types).contains("H1", "H2", "H3", "Table", "TR", "TH", "TD", "P");
        assertThat(types.indexOf("H1")).isLessThan(types.indexOf("Table"));
        assertThat(PdfReading.marked(parents)).isTrue();
        assertThat(PdfReading.language(parents)).isEqualTo("nl-NL");
        assertThat(PdfReading.title(parents)).isEqualTo("Gezinsplan Gezin Bakker");
    }

    @Test
    void everyFontIsEmbeddedAndTheTextFontIsAtkinsonHyperlegible() throws Exception {
        assertThat(PdfReading.fontsNotEmbedded(parents)).isEmpty();
        assertThat(PdfReading.fontNames(parents)).anyMatch(name -> name.contains("AtkinsonHyperlegible"))
                .as("the pictograms are pictures, not text").noneMatch(name -> name.contains("MaterialIcons"));
    }

    @Test
    void thePictogramsArePicturesOutsideTheTextSoAReaderNeverMeetsAnIconCharacter() throws Exception {
        assertThat(PdfReading.text(parents)).as("no private-use character where a glyph stood").doesNotContainPattern("[\\uE000-\\uF8FF]");
        assertThat(PdfReading.images(parents, 0)).as("pictograms on the first page").isGreaterThanOrEqualTo(4);
        assertThat(PdfReading.tags(parents)).extracting(PdfReading.Tag::type).as("decoration, not a figure").doesNotContain("Figure");
    }

    @Test
    void theSameDossierAndDateGiveTheSameBytesAndAnotherDateDoesNot() throws Exception {
        byte[] again = PrintedDocuments.pdf(PrintFamilies.small(), PrintRequest.defaults(PrintDocument.OUDERS, PrintFamilies.PRINTED),
                DUTCH);
        byte[] nextDay = PrintedDocuments.pdf(PrintFamilies.small(),
                PrintRequest.defaults(PrintDocument.OUDERS, PrintFamilies.PRINTED.plusDays(1)), DUTCH);

        assertThat(again).isEqualTo(parents);
        assertThat(nextDay).isNotEqualTo(parents);
    }

    @Test
    void aPlanNotYetAgreedIsMarkedConceptOnEveryPage() throws Exception {
        byte[] concept = PrintedDocuments.pdf(PrintFamilies.smallConcept(),
                PrintRequest.defaults(PrintDocument.OUDERS, PrintFamilies.PRINTED), DUTCH);

        List<String> pages = PdfReading.pages(concept);
        assertThat(pages).allMatch(page -> page.contains("CONCEPT"));
        assertThat(pages.get(0)).contains("Dit plan is nog niet klaar.").doesNotContain("samen afgesproken op");
    }

    @Test
    void aDossierWithoutAPlanIsRefusedWithAKey() {
        assertThatThrownBy(() -> PrintedDocuments.pdf(PrintFamilies.withoutPlan(),
                PrintRequest.defaults(PrintDocument.OUDERS, PrintFamilies.PRINTED), DUTCH))
                .isInstanceOf(PrintRefusal.class).hasMessage("print.error.noPlan");
    }
}
