package nl.keukentafel.gui.intake.meldcode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.gui.intake.common.IntakeContext;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.intake.VeiligThuisReport;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Meldcode;

/**
 * The dossier's Meldcode concerns, oldest first, and recording a report to Veilig Thuis as a sharing of data without
 * consent (the legal ground of the Meldcode), linked both ways. FX thread only.
 */
public final class MeldcodesViewModel {
    private final IntakeContext context;
    private final Map<UUID, MeldcodeViewModel> byId = new HashMap<>();
    private final ReadOnlyObjectWrapper<List<MeldcodeViewModel>> concerns = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Member>> members = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();

    public MeldcodesViewModel(IntakeContext context) {
        this.context = context;
    }

    public void show(IntakeState state) {
        LocalDate today = today();
        List<MeldcodeViewModel> shown = new ArrayList<>();
        for (Meldcode stored : state.meldcodes()) {
            MeldcodeViewModel existing = byId.get(stored.id());
            if (existing == null) {
                existing = new MeldcodeViewModel(stored, context.intake(), today);
                byId.put(stored.id(), existing);
            } else {
                existing.showStored(stored);
            }
            shown.add(existing);
        }
        members.set(state.dossier().members());
        concerns.set(List.copyOf(shown));
    }

    /** A new concern raised today. */
    public void addConcern() {
        String raisedOn = FieldCheck.write(today());
        context.tasks().execute(() -> context.intake().addMeldcode(context.dossierId(), raisedOn).join(),
                added -> context.changed().run(), failure -> error.set(new UiText("dossier.error.add")));
    }

    /**
     * Records the decided report as a sharing without consent with Veilig Thuis, carrying the Meldcode's justification
     * and date, and links the two records: one use case, one transaction ({@link VeiligThuisReport}).
     */
    public void recordReport(MeldcodeViewModel concern, String purpose) {
        if (concern.reportSharingIdProperty().get() != null) {
            return;
        }
        String justification = concern.justification().text();
        String decidedOn = concern.decidedOn().text().text();
        RecordRef meldcode = concern.ref();
        context.tasks().execute(() -> context.intake().recordReport(meldcode, purpose, justification, decidedOn).join(), sharing -> {
            concern.reportRecorded(sharing.id());
            context.changed().run();
        }, failure -> error.set(new UiText("dossier.error.add")));
    }

    private LocalDate today() {
        return LocalDate.now(context.clock());
    }

    public ReadOnlyObjectProperty<List<MeldcodeViewModel>> concernsProperty() {
        return concerns.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Member>> membersProperty() {
        return members.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
