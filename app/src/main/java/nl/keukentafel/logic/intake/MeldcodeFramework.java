package nl.keukentafel.logic.intake;

import nl.keukentafel.model.intake.Answer;

/**
 * The 2019 weighing framework (afwegingskader) read as a pointer, not a decision: acute or structural unsafety, or
 * help that cannot be offered, is not accepted or does not lead to safety in time, points at reporting to Veilig
 * Thuis. The consultant decides; the screen only shows the hint. Stateless.
 */
public final class MeldcodeFramework {
    private MeldcodeFramework() {
    }

    public static boolean pointsAtReporting(Answer acuteOrStructural, Answer canHelp, Answer helpAccepted, Answer safetyWithinTerm) {
        return acuteOrStructural == Answer.YES || canHelp == Answer.NO || helpAccepted == Answer.NO || safetyWithinTerm == Answer.NO;
    }
}
