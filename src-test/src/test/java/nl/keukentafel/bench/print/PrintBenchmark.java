package nl.keukentafel.bench.print;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.print.PrintDocument;
import nl.keukentafel.logic.print.PrintFamilies;
import nl.keukentafel.logic.print.PrintRequest;
import nl.keukentafel.logic.print.PrintSources;
import nl.keukentafel.logic.print.PrintedDocuments;

/**
 * The print benchmark (issue 13, not a test): the parent plan ("ouders") of the test fixtures' small family (3
 * members, 2 contacts, 2 goals, 3 actions: 3 pages) and large family (6 children, 14 contacts, 9 goals: 9 pages) as a
 * tagged PDF, against the baseline: a one-page PDF with one paragraph through the same library (openhtmltopdf, fast
 * mode, no embedded font). Cold is the first document in this JVM (class loading, font files read, JIT cold); warm is
 * the median of {@code -Dbench.print.rounds} (default 30) rounds after 10 warm-up rounds, plan and baseline
 * alternating so machine noise hits both alike. Run: {@code ./mvn21 -q -pl src-test -am test-compile exec:java@printbench}.
 * Not thread-safe.
 */
public final class PrintBenchmark {
    private static final String ONE_PAGE = "<html lang=\"nl-NL\"><head><title>Een pagina</title></head><body><p>Eén alinea tekst op "
            + "één pagina.</p></body></html>";

    private PrintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.print.rounds", 30);
        Localization dutch = new Localization(Localization.DUTCH);
        PrintSources small = PrintFamilies.small();
        PrintSources large = PrintFamilies.large();
        PrintRequest request = PrintRequest.defaults(PrintDocument.OUDERS, PrintFamilies.PRINTED);
        long coldStart = System.nanoTime();
        byte[] first = PrintedDocuments.pdf(small, request, dutch);
        double coldPlan = millis(coldStart);
        long coldBaseStart = System.nanoTime();
        onePage();
        double coldBaseline = millis(coldBaseStart);
        for (int round = 0; round < 10; round++) {
            PrintedDocuments.pdf(small, request, dutch);
            onePage();
        }
        double[] plan = new double[rounds];
        double[] big = new double[rounds];
        double[] baseline = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            PrintedDocuments.pdf(small, request, dutch);
            plan[round] = millis(start);
            start = System.nanoTime();
            onePage();
            baseline[round] = millis(start);
            start = System.nanoTime();
            PrintedDocuments.pdf(large, request, dutch);
            big[round] = millis(start);
        }
        System.out.printf("print benchmark: %d warm rounds, %d cores, Java %s; small plan %d bytes%n", rounds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), first.length);
        System.out.printf("cold  parent plan (small family)  %8.1f ms   one-page baseline %8.1f ms   ratio %5.1f%n",
                coldPlan, coldBaseline, coldPlan / coldBaseline);
        System.out.printf("warm  parent plan (small family)  %8.1f ms   one-page baseline %8.1f ms   ratio %5.1f (median)%n",
                median(plan), median(baseline), median(plan) / median(baseline));
        System.out.printf("warm  parent plan (large family)  %8.1f ms   one-page baseline %8.1f ms   ratio %5.1f (median)%n",
                median(big), median(baseline), median(big) / median(baseline));
    }

    private static byte[] onePage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(ONE_PAGE, null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
