package nl.keukentafel.gui.intake;

import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainStatus;

/**
 * One life domain entry as the screen edits it. The score is optional: {@link #NO_SCORE} stands for "no score" and is
 * stored as nothing; a score typed elsewhere outside 1–5 is shown as it is, never dropped. FX thread only.
 */
final class DomainEntryViewModel {
    static final int NO_SCORE = 0;

    private final RecordRef ref;
    private final AutosavedChoice<DomainStatus> status;
    private final AutosavedText reason;
    private final AutosavedText goesWell;
    private final AutosavedText concerns;
    private final AutosavedText notes;
    private final AutosavedChoice<Integer> score;

    DomainEntryViewModel(DomainEntry entry, IntakeViewModel model) {
        RecordFields fields = new RecordFields(new RecordRef(RecordKind.DOMAIN_ENTRY, entry.id(), entry.dossierId()), model);
        ref = fields.ref();
        status = fields.choice(DomainEntry.Field.STATUS, entry.status());
        reason = fields.text(DomainEntry.Field.REASON, entry.reason());
        goesWell = fields.text(DomainEntry.Field.GOES_WELL, entry.goesWell());
        concerns = fields.text(DomainEntry.Field.CONCERNS, entry.concerns());
        notes = fields.text(DomainEntry.Field.NOTES, entry.notes());
        score = new AutosavedChoice<>(scoreOf(entry), chosen -> fields.save(DomainEntry.Field.SCORE, chosen == NO_SCORE ? null : chosen));
    }

    private static int scoreOf(DomainEntry entry) {
        return entry.score() == null ? NO_SCORE : entry.score();
    }

    void showStored(DomainEntry entry) {
        status.showStored(entry.status());
        reason.showStored(entry.reason());
        goesWell.showStored(entry.goesWell());
        concerns.showStored(entry.concerns());
        notes.showStored(entry.notes());
        score.showStored(scoreOf(entry));
    }

    /** Adds a piece of the conversation notes below what the domain's notes hold; saved like typing. */
    void appendToNotes(String text) {
        String before = notes.text().stripTrailing();
        notes.textProperty().set(before.isEmpty() ? text : before + "\n" + text);
    }

    RecordRef ref() {
        return ref;
    }

    AutosavedChoice<DomainStatus> status() {
        return status;
    }

    AutosavedText reason() {
        return reason;
    }

    AutosavedText goesWell() {
        return goesWell;
    }

    AutosavedText concerns() {
        return concerns;
    }

    AutosavedText notes() {
        return notes;
    }

    AutosavedChoice<Integer> score() {
        return score;
    }
}
