package nl.keukentafel.gui.intake.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.gui.intake.common.IntakeDates;
import nl.keukentafel.gui.intake.common.MarkedText;
import nl.keukentafel.logic.intake.ConsentRules;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Consent.Field;
import nl.keukentafel.model.intake.Consent;
import nl.keukentafel.model.intake.ConsentBasis;

/**
 * One sharing of data as the screen edits it. Who consents is checked against {@link ConsentRules} and a period that
 * ends before it starts is marked; both only mark, every value is kept as typed. Withdrawing keeps the record and
 * dates the withdrawal. FX thread only.
 */
public final class ConsentViewModel {
    private final RecordRef ref;
    private final ConsentBasis basis;
    private final UUID meldcodeId;
    private final LocalDate today;
    private final AutosavedChoice<List<UUID>> givenBy;
    private final AutosavedChoice<UUID> partnerContactId;
    private final AutosavedText partnerName;
    private final AutosavedText data;
    private final AutosavedText purpose;
    private final MarkedText validFrom;
    private final MarkedText validUntil;
    private final MarkedText givenOn;
    private final AutosavedText explainedHow;
    private final AutosavedText justification;
    private final ReadOnlyStringWrapper withdrawnOn;
    private final ReadOnlyObjectWrapper<UiText> giversMessage = new ReadOnlyObjectWrapper<>();
    private final IntakeService intake;
    private Map<UUID, Member> members = Map.of();

    public ConsentViewModel(Consent stored, IntakeService intake, LocalDate today) {
        this.ref = new RecordRef(RecordKind.CONSENT, stored.id(), stored.dossierId());
        this.intake = intake;
        this.today = today;
        basis = stored.basis() == null ? ConsentBasis.CONSENT : stored.basis();
        meldcodeId = stored.meldcodeId();
        givenBy = new AutosavedChoice<>(stored.givenBy(), chosen -> intake.edit(ref, Field.GIVEN_BY, chosen));
        partnerContactId = new AutosavedChoice<>(stored.partnerContactId(), chosen -> intake.edit(ref, Field.PARTNER_CONTACT_ID, chosen));
        partnerName = text(stored.partnerName(), Field.PARTNER_NAME);
        data = text(stored.data(), Field.DATA);
        purpose = text(stored.purpose(), Field.PURPOSE);
        validFrom = new MarkedText(stored.validFrom(), typed -> IntakeDates.problem(typed, LocalDate.MAX),
                typed -> intake.edit(ref, Field.VALID_FROM, typed));
        validUntil = new MarkedText(stored.validUntil(), this::checkUntil, typed -> intake.edit(ref, Field.VALID_UNTIL, typed));
        givenOn = new MarkedText(stored.givenOn(), typed -> IntakeDates.problem(typed, today),
                typed -> intake.edit(ref, Field.GIVEN_ON, typed));
        explainedHow = text(stored.explainedHow(), Field.EXPLAINED_HOW);
        justification = text(stored.justification(), Field.JUSTIFICATION);
        withdrawnOn = new ReadOnlyStringWrapper(stored.withdrawnOn() == null ? "" : stored.withdrawnOn());
        validFrom.text().textProperty().addListener((observable, old, typed) -> validUntil.recheck());
        givenBy.valueProperty().addListener((observable, old, chosen) -> checkGivers());
        givenOn.text().textProperty().addListener((observable, old, typed) -> checkGivers());
    }

    private AutosavedText text(String stored, String field) {
        return new AutosavedText(stored, typed -> intake.edit(ref, field, typed));
    }

    /** The end date's own problem, or that it lies before the start; a period of future dates is normal. */
    private Optional<UiText> checkUntil(String typed) {
        Optional<UiText> own = IntakeDates.problem(typed, LocalDate.MAX);
        if (own.isPresent()) {
            return own;
        }
        return ConsentRules.periodReversed(validFrom == null ? "" : validFrom.text().text(), typed)
                ? Optional.of(new UiText("consentScreen.endBeforeStart")) : Optional.empty();
    }

    /** The family as it is now, for the age rules of who may consent. */
    void members(Map<UUID, Member> family) {
        members = Map.copyOf(family);
        checkGivers();
    }

    private void checkGivers() {
        Consent asTyped = new Consent(ref.id(), ref.dossierId(), basis, givenBy.value(), null, null, null, null, null, null,
                givenOn.text().text(), null, null, null, null);
        giversMessage.set(ConsentRules.givers(asTyped, members, today).stream().findFirst().map(finding -> {
            Member member = members.get(finding.memberId());
            String key = finding.problem() == ConsentRules.GiverProblem.UNDER_12 ? "consentScreen.under12" : "consentScreen.withoutParent";
            return new UiText(key, member.fullName());
        }).orElse(null));
    }

    /** Marks the consent withdrawn today; the record and everything in it stay. */
    public void withdraw() {
        String date = FieldCheck.write(today);
        intake.edit(ref, Field.WITHDRAWN_ON, date);
        withdrawnOn.set(date);
    }

    /** Shows what is stored now (after a sync); a field being typed in keeps its text. */
    public void showStored(Consent stored) {
        givenBy.showStored(stored.givenBy());
        partnerContactId.showStored(stored.partnerContactId());
        partnerName.showStored(stored.partnerName());
        data.showStored(stored.data());
        purpose.showStored(stored.purpose());
        validFrom.text().showStored(stored.validFrom());
        validUntil.text().showStored(stored.validUntil());
        givenOn.text().showStored(stored.givenOn());
        explainedHow.showStored(stored.explainedHow());
        justification.showStored(stored.justification());
        withdrawnOn.set(stored.withdrawnOn() == null ? "" : stored.withdrawnOn());
    }

    public RecordRef ref() {
        return ref;
    }

    public ConsentBasis basis() {
        return basis;
    }

    /** The Meldcode concern a report came from; null for other sharings. */
    public UUID meldcodeId() {
        return meldcodeId;
    }

    public AutosavedChoice<List<UUID>> givenBy() {
        return givenBy;
    }

    public AutosavedChoice<UUID> partnerContactId() {
        return partnerContactId;
    }

    public AutosavedText partnerName() {
        return partnerName;
    }

    public AutosavedText data() {
        return data;
    }

    public AutosavedText purpose() {
        return purpose;
    }

    public MarkedText validFrom() {
        return validFrom;
    }

    public MarkedText validUntil() {
        return validUntil;
    }

    public MarkedText givenOn() {
        return givenOn;
    }

    public AutosavedText explainedHow() {
        return explainedHow;
    }

    public AutosavedText justification() {
        return justification;
    }

    /** The date of withdrawal; empty while the consent stands. */
    public ReadOnlyStringProperty withdrawnOnProperty() {
        return withdrawnOn.getReadOnlyProperty();
    }

    /** Who consents breaks the age rules (a child under 12, or 12–15 without a parent); null when not. */
    public ReadOnlyObjectProperty<UiText> giversMessageProperty() {
        return giversMessage.getReadOnlyProperty();
    }
}
