package nl.keukentafel.logic.print;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The plain-language check of what the consultant typed into a parent-facing field (B1, the Makkelijk Lezen
 * criteria): sentences longer than {@link #LONG_SENTENCE} words, words longer than {@link #LONG_WORD} letters (long
 * words are the rare ones in Dutch: compounds), and words or phrases from the jargon list, each with a suggestion. It
 * only points out; the consultant decides. The list is data: {@code print/eenvoudige-woorden.tsv} (RVO's CC0 list plus
 * the project's social-care additions). Immutable and thread-safe.
 */
public final class PlainLanguage {
    public static final int LONG_SENTENCE = 15;
    public static final int LONG_WORD = 14;
    private static final String LIST = "/print/eenvoudige-woorden.tsv";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}'-]+");

    /** What a finding is about; the screen has a label for each. */
    public enum Kind { LONG_SENTENCE, LONG_WORD, JARGON }

    /** One finding: what, the words it is about (the sentence's start for a long one), and a suggestion. */
    public record Finding(Kind kind, String fragment, String suggestion) {
    }

    private final Map<String, String> jargon;

    private PlainLanguage(Map<String, String> jargon) {
        this.jargon = Map.copyOf(jargon);
    }

    private static final class Holder {
        private static final PlainLanguage LOADED = new PlainLanguage(read());
    }

    /** The check with the project's list, read once. */
    public static PlainLanguage standard() {
        return Holder.LOADED;
    }

    /** The word (or phrase) as listed, lower case, to its suggestion. */
    public Map<String, String> jargon() {
        return jargon;
    }

    public List<Finding> check(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return findings;
        }
        for (String sentence : SENTENCE_END.split(text.strip())) {
            List<String> words = words(sentence);
            if (words.size() > LONG_SENTENCE) {
                findings.add(new Finding(Kind.LONG_SENTENCE, String.join(" ", words.subList(0, 6)) + " …", String.valueOf(words.size())));
            }
        }
        List<String> words = words(text);
        String lowered = " " + String.join(" ", words).toLowerCase(Locale.ROOT) + " ";
        for (Map.Entry<String, String> listed : jargon.entrySet()) {
            if (lowered.contains(" " + listed.getKey() + " ")) {
                findings.add(new Finding(Kind.JARGON, listed.getKey(), listed.getValue()));
            }
        }
        words.stream().filter(word -> word.codePointCount(0, word.length()) > LONG_WORD)
                .filter(word -> !jargon.containsKey(word.toLowerCase(Locale.ROOT))).distinct()
                .forEach(word -> findings.add(new Finding(Kind.LONG_WORD, word, "")));
        findings.sort(java.util.Comparator.comparing(Finding::kind).thenComparing(Finding::fragment));
        return findings;
    }

    /** The words of a text: letters and digits, hyphens and apostrophes inside a word kept. */
    public static List<String> words(String text) {
        return Arrays.stream(NOT_A_LETTER.split(text)).map(word -> word.replaceAll("^[-']+|[-']+$", ""))
                .filter(word -> !word.isEmpty()).toList();
    }

    private static Map<String, String> read() {
        Map<String, String> list = new LinkedHashMap<>();
        try (InputStream in = PlainLanguage.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("word list missing: " + LIST);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    list.put(String.join(" ", words(line.substring(0, tab))).toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return list;
    }
}
