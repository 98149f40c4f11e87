package nl.keukentafel.gui.evaluation;

import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.logic.plan.PlanChecks;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Attendance;
import nl.keukentafel.model.plan.Presence;

/**
 * One person at an evaluation: there, declined or did not come; when not there, the reason and whether the referrer
 * was told (the werkwijze asks for both; missing is marked, never refused). Each change writes the whole line.
 * FX thread only.
 */
final class AttendanceLine {
    private final UUID personId;
    private final String name;
    private final String shownName;
    private final AutosavedChoice<Presence> presence;
    private final AutosavedText reason;
    private final AutosavedChoice<Boolean> referrerTold;
    private final ReadOnlyBooleanWrapper incomplete = new ReadOnlyBooleanWrapper();

    AttendanceLine(Attendance stored, String shownName, RecordRef evaluation, Edits edits) {
        this.personId = stored.personId();
        this.name = stored.name();
        this.shownName = shownName;
        Runnable save = () -> edits.lines().write(() -> edits.plan().setAttendance(evaluation, line()));
        presence = new AutosavedChoice<>(stored.presence(), chosen -> save.run());
        reason = new AutosavedText(stored.reason(), typed -> save.run());
        referrerTold = new AutosavedChoice<>(stored.referrerTold(), chosen -> save.run());
        presence.valueProperty().subscribe(this::recheck);
        reason.textProperty().subscribe(this::recheck);
        referrerTold.valueProperty().subscribe(this::recheck);
    }

    private void recheck() {
        incomplete.set(PlanChecks.incomplete(line()));
    }

    Attendance line() {
        return new Attendance(personId, name, presence.value(), reason.text(), referrerTold.value());
    }

    void showStored(Attendance stored) {
        presence.showStored(stored.presence());
        reason.showStored(stored.reason());
        referrerTold.showStored(stored.referrerTold());
    }

    /** The member's or contact's name, or the typed one. */
    String shownName() {
        return shownName;
    }

    AutosavedChoice<Presence> presence() {
        return presence;
    }

    AutosavedText reason() {
        return reason;
    }

    AutosavedChoice<Boolean> referrerTold() {
        return referrerTold;
    }

    /** Not there, and the reason or "referrer told" is missing. */
    ReadOnlyBooleanProperty incompleteProperty() {
        return incomplete.getReadOnlyProperty();
    }
}
