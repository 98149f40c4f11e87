package nl.keukentafel.gui.evaluation;

import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.model.plan.ContactWay;
import nl.keukentafel.model.plan.PartnerNotice;

/** One involved partner at the closure: informed (date, how) or skipped with a reason. FX thread only. */
final class NoticeLine {
    private final UUID contactId;
    private final String name;
    private final boolean referrer;
    private final AutosavedText informedOn;
    private final AutosavedChoice<ContactWay> how;
    private final AutosavedText skippedReason;
    private final ReadOnlyBooleanWrapper marked = new ReadOnlyBooleanWrapper();

    NoticeLine(UUID contactId, String name, boolean referrer, PartnerNotice stored, UUID dossierId, Edits edits) {
        this.contactId = contactId;
        this.name = name;
        this.referrer = referrer;
        Runnable save = () -> edits.lines().write(() -> edits.plan().setNotice(dossierId, notice()));
        informedOn = new AutosavedText(stored == null ? null : stored.informedOn(), typed -> save.run());
        how = new AutosavedChoice<>(stored == null ? null : stored.how(), chosen -> save.run());
        skippedReason = new AutosavedText(stored == null ? null : stored.skippedReason(), typed -> save.run());
        informedOn.textProperty().subscribe(() -> marked.set(notice().marked()));
        skippedReason.textProperty().subscribe(() -> marked.set(notice().marked()));
    }

    PartnerNotice notice() {
        return new PartnerNotice(contactId, informedOn.text(), how.value(), skippedReason.text());
    }

    void showStored(PartnerNotice stored) {
        if (stored != null) {
            informedOn.showStored(stored.informedOn());
            how.showStored(stored.how());
            skippedReason.showStored(stored.skippedReason());
        }
    }

    UUID contactId() {
        return contactId;
    }

    String name() {
        return name;
    }

    boolean referrer() {
        return referrer;
    }

    AutosavedText informedOn() {
        return informedOn;
    }

    AutosavedChoice<ContactWay> how() {
        return how;
    }

    AutosavedText skippedReason() {
        return skippedReason;
    }

    /** Informed with a date or skipped with a reason. */
    ReadOnlyBooleanProperty markedProperty() {
        return marked.getReadOnlyProperty();
    }
}
