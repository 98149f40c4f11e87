package nl.keukentafel.logic.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.keukentafel.i18n.Localization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A large family (6 children, 14 contacts, 9 goals, "Zoë Şahin-Łukasik"): every name prints with its diacritics, and
 * the tables that run over a page start again with their header row. The PDF is kept in target/print-samples for
 * looking at with pdftoppm.
 */
class LargeFamilyPdfTest {
    private static byte[] parents;

    @BeforeAll
    static void print() throws Exception {
        parents = PrintedDocuments.pdf(PrintFamilies.large(), PrintRequest.defaults(PrintDocument.OUDERS, PrintFamilies.PRINTED),
                new Localization(Localization.DUTCH));
        Path folder = Path.of("target", "print-samples");
        Files.createDirectories(folder);
        Files.write(folder.resolve("ouders-groot.pdf"), parents);
    }

    @Test
    void namesWithDiacriticsPrintWhole() throws Exception {
        String text = PdfReading.text(parents);

        assertThat(text).contains("Gezin Şahin-Łukasik", "Zoë Şahin-Łukasik", "Bartłomiej", "Çiğdem", "Øydis", "Ğürbüz-Müller")
                .doesNotContain("#", "\uFFFD");
        assertThat(PdfReading.fontsNotEmbedded(parents)).isEmpty();
    }

    @Test
    void everyPageOfALongTableStartsWithItsHeaderRow() throws Exception {
        List<String> pages = PdfReading.pages(parents);
        List<String> withWhoRows = pages.stream().filter(page -> page.contains("Taak ")).toList();
        List<String> withContactRows = pages.stream().filter(page -> page.contains("06-1000000")).toList();

        assertThat(pages.size()).isGreaterThan(4);
        assertThat(withWhoRows).hasSizeGreaterThan(1).allMatch(page -> page.replaceAll("\\s+", " ").contains("Wie Wat Wanneer Klaar?"));
        assertThat(withContactRows).isNotEmpty().allMatch(page -> page.contains("Bereikbaar"));
        assertThat(String.join(" ", pages).replaceAll("\\s+", " ")).contains("Taak 9b voor het", "Kerkgenoot 06-10000013");
    }
}
