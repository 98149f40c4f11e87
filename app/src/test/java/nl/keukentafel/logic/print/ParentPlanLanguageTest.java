package nl.keukentafel.logic.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The family's documents in plain language and without what they must never show: everything the app wrote itself
 * (the PDF's text with every typed value taken out) averages at most ten words per sentence and has no word from the
 * jargon list; no BSN, safety assessment or Meldcode text appears, though the dossier is full of them.
 */
class ParentPlanLanguageTest {
    private static final Localization DUTCH = new Localization(Localization.DUTCH);

    @ParameterizedTest
    @EnumSource(value = PrintDocument.class, names = {"OUDERS", "KIND"})
    void theGeneratedTextHasShortSentencesAndNoJargon(PrintDocument document) throws Exception {
        PrintSources sources = PrintFamilies.small();
        byte[] pdf = PrintedDocuments.pdf(sources, PrintRequest.defaults(document, PrintFamilies.PRINTED), DUTCH);
        String text = generatedText(PdfReading.text(pdf), sources);
        List<String> blocks = PdfReading.blocks(pdf).stream().map(block -> generatedText(block, sources)).toList();

        List<String> sentences = blocks.stream().flatMap(block -> Arrays.stream(block.split("(?<=[.?!])\\s+")))
                .map(String::strip).filter(sentence -> sentence.matches(".*\\p{L}.*[.?!]$")).toList();
        double average = sentences.stream().mapToInt(sentence -> PlainLanguage.words(sentence).size()).average().orElseThrow();
        assertThat(sentences).hasSizeGreaterThan(8);
        assertThat(average).as("words per sentence in %s", sentences).isLessThanOrEqualTo(10);
        String lowered = " " + String.join(" ", PlainLanguage.words(text)).toLowerCase(Locale.ROOT) + " ";
        assertThat(PlainLanguage.standard().jargon().keySet()).noneMatch(word -> lowered.contains(" " + word + " "));
    }

    @ParameterizedTest
    @EnumSource(value = PrintDocument.class, names = {"OUDERS", "KIND", "PROFESSIONAL", "EVALUATIE", "EIND"})
    void noBsnNoSafetyAssessmentNoMeldcodeEvenWithEverySectionOn(PrintDocument document) throws Exception {
        PrintRequest everything = new PrintRequest(document, PrintSection.offered(document), PrintFamilies.PRINTED,
                java.util.Optional.empty());
        String text = PdfReading.text(PrintedDocuments.pdf(PrintFamilies.small(), everything, DUTCH));

        assertThat(text).doesNotContain(PrintFamilies.BSN, PrintFamilies.SECRET, "BSN", "Meldcode", "Veilig Thuis");
    }

    @Test
    void theFamilyPlansOfferNoSectionThatCouldShowSafety() {
        assertThat(PrintSection.offered(PrintDocument.OUDERS)).doesNotContain(PrintSection.SAFETY_LEVELS);
        assertThat(PrintSection.offered(PrintDocument.KIND)).doesNotContain(PrintSection.SAFETY_LEVELS, PrintSection.ANALYSIS);
        assertThat(PrintSection.defaults(PrintDocument.OUDERS)).doesNotContain(PrintSection.ANALYSIS, PrintSection.REFERRALS);
        assertThat(new PrintRequest(PrintDocument.OUDERS, java.util.Set.of(PrintSection.SAFETY_LEVELS), PrintFamilies.PRINTED, null)
                .sections()).isEmpty();
    }

    /** The PDF's text with icons, and every value the consultant typed or the dossier holds, taken out. */
    private static String generatedText(String pdfText, PrintSources sources) {
        List<String> typed = new ArrayList<>();
        Family family = sources.plan().dossier().family();
        typed.addAll(List.of(family.householdName(), family.regisseurName(), family.regisseurPhone(), family.regisseurEmail()));
        for (Member member : sources.plan().dossier().members()) {
            typed.add(member.fullName());
        }
        for (Contact contact : sources.plan().dossier().contacts()) {
            typed.addAll(List.of(contact.name(), contact.relation(), contact.organisation(), contact.phone(), contact.daysReachable()));
            typed.add(Documents.whoIsThat(contact));
        }
        Plan plan = sources.plan().plan().orElseThrow();
        typed.addAll(List.of(plan.goesWell(), plan.perspective(), plan.problemAnalysis()));
        typed.addAll(plan.memberPerspectives().values());
        sources.plan().goals().stream().map(Goal::text).forEach(typed::add);
        sources.plan().actions().stream().map(Action::what).forEach(typed::add);
        String text = pdfText.replaceAll("\\s+", " ");
        for (String value : typed.stream().filter(value -> value != null && !value.isBlank()).map(value -> value.replaceAll("\\s+", " "))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            text = text.replace(value, " ");
        }
        return Stream.of(text.split("\\d{2}-\\d{2}-\\d{4}")).reduce("", (left, right) -> left + " " + right).replaceAll("\\s+", " ");
    }
}
