package nl.keukentafel.logic.print;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of a document the consultant may leave out before printing, each offered only where it belongs, and
 * switched on by default only when it is safe to hand to the family: the analysis, referrals and the safety levels
 * start off. There is deliberately no section for a BSN, a safety assessment's details or a Meldcode: no document
 * prints them. The regisseur, the goals and "wie doet wat" are always printed (they are the plan). Immutable.
 */
public enum PrintSection {
    NEXT_MEETING(true, PrintDocument.OUDERS, PrintDocument.KIND, PrintDocument.PROFESSIONAL),
    GOES_WELL(true, PrintDocument.OUDERS, PrintDocument.KIND, PrintDocument.PROFESSIONAL),
    PERSPECTIVE(true, PrintDocument.OUDERS, PrintDocument.KIND, PrintDocument.PROFESSIONAL),
    CONTACTS(true, PrintDocument.OUDERS, PrintDocument.KIND, PrintDocument.PROFESSIONAL),
    ANALYSIS(false, PrintDocument.OUDERS, PrintDocument.PROFESSIONAL),
    SELF_RELIANCE(true, PrintDocument.PROFESSIONAL),
    AGREEMENTS(true, PrintDocument.PROFESSIONAL),
    REFERRALS(false, PrintDocument.OUDERS, PrintDocument.PROFESSIONAL),
    PARTIES(true, PrintDocument.PROFESSIONAL),
    ATTENDANCE(true, PrintDocument.EVALUATIE),
    SCORES(true, PrintDocument.EVALUATIE),
    SAFETY_LEVELS(false, PrintDocument.EVALUATIE),
    ECOGRAM(true, PrintDocument.GENOGRAM);

    private final boolean onByDefault;
    private final Set<PrintDocument> offeredIn;

    PrintSection(boolean onByDefault, PrintDocument first, PrintDocument... more) {
        this.onByDefault = onByDefault;
        this.offeredIn = EnumSet.of(first, more);
    }

    public boolean offeredIn(PrintDocument document) {
        return offeredIn.contains(document);
    }

    /** The sections a document offers, in print order. */
    public static Set<PrintSection> offered(PrintDocument document) {
        Set<PrintSection> offered = EnumSet.noneOf(PrintSection.class);
        Arrays.stream(values()).filter(section -> section.offeredIn(document)).forEach(offered::add);
        return offered;
    }

    /** The safe default: what the document offers and is on by default. */
    public static Set<PrintSection> defaults(PrintDocument document) {
        Set<PrintSection> chosen = offered(document);
        chosen.removeIf(section -> !section.onByDefault);
        return chosen;
    }
}
