package nl.keukentafel.gui.intake;

import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.NotSpokenReason;
import nl.keukentafel.model.intake.SpokenStatus;

/** One member's intake line as the screen edits it. FX thread only. */
final class MemberLineViewModel {
    private final RecordRef ref;
    private final AutosavedChoice<SpokenStatus> spoken;
    private final AutosavedChoice<NotSpokenReason> reason;
    private final AutosavedText reasonNote;
    private final AutosavedText requestForHelp;

    MemberLineViewModel(IntakeMember line, IntakeViewModel model) {
        RecordFields fields = new RecordFields(new RecordRef(RecordKind.INTAKE_MEMBER, line.id(), line.dossierId()), model);
        ref = fields.ref();
        spoken = fields.choice(IntakeMember.Field.SPOKEN, line.spoken());
        reason = fields.choice(IntakeMember.Field.NOT_SPOKEN_REASON, line.notSpokenReason());
        reasonNote = fields.text(IntakeMember.Field.REASON_NOTE, line.reasonNote());
        requestForHelp = fields.text(IntakeMember.Field.REQUEST_FOR_HELP, line.requestForHelp());
    }

    void showStored(IntakeMember line) {
        spoken.showStored(line.spoken());
        reason.showStored(line.notSpokenReason());
        reasonNote.showStored(line.reasonNote());
        requestForHelp.showStored(line.requestForHelp());
    }

    RecordRef ref() {
        return ref;
    }

    AutosavedChoice<SpokenStatus> spoken() {
        return spoken;
    }

    AutosavedChoice<NotSpokenReason> reason() {
        return reason;
    }

    AutosavedText reasonNote() {
        return reasonNote;
    }

    AutosavedText requestForHelp() {
        return requestForHelp;
    }
}
