package nl.keukentafel.gui.intake.safety;

import java.time.LocalDate;
import java.util.Optional;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.gui.intake.common.IntakeDates;
import nl.keukentafel.gui.intake.common.MarkedText;
import nl.keukentafel.logic.intake.AssessmentRules;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyAssessment.Field;
import nl.keukentafel.model.intake.SafetyAssessment;
import nl.keukentafel.model.intake.SafetyInstrument;
import nl.keukentafel.model.intake.SafetyJudgement;

/**
 * One dated safety assessment of a child as the screen edits it. The judgements are plain choices a person makes:
 * nothing here computes a verdict. FX thread only.
 */
public final class AssessmentViewModel {
    private final RecordRef ref;
    private final LocalDate today;
    private final MarkedText assessedOn;
    private final AutosavedChoice<SafetyInstrument> instrument;
    private final AutosavedText signals;
    private final AutosavedText riskFactors;
    private final AutosavedText protectiveFactors;
    private final AutosavedChoice<SafetyJudgement> currentSafety;
    private final AutosavedText currentSafetyNote;
    private final AutosavedChoice<RiskLevel> futureRisk;
    private final AutosavedText reasoning;
    private final AutosavedText consultedWho;
    private final MarkedText consultedOn;
    private final MarkedText discussedWithParentsOn;
    private Member child;

    public AssessmentViewModel(SafetyAssessment stored, Member child, IntakeService intake, LocalDate today) {
        this.ref = new RecordRef(RecordKind.SAFETY_ASSESSMENT, stored.id(), stored.dossierId());
        this.today = today;
        this.child = child;
        assessedOn = new MarkedText(stored.assessedOn(), this::checkAssessedOn, typed -> intake.edit(ref, Field.ASSESSED_ON, typed));
        instrument = new AutosavedChoice<>(stored.instrument(), chosen -> intake.edit(ref, Field.INSTRUMENT, chosen.name()));
        signals = new AutosavedText(stored.signals(), typed -> intake.edit(ref, Field.SIGNALS, typed));
        riskFactors = new AutosavedText(stored.riskFactors(), typed -> intake.edit(ref, Field.RISK_FACTORS, typed));
        protectiveFactors = new AutosavedText(stored.protectiveFactors(), typed -> intake.edit(ref, Field.PROTECTIVE_FACTORS, typed));
        currentSafety = new AutosavedChoice<>(stored.currentSafety(), chosen -> intake.edit(ref, Field.CURRENT_SAFETY, chosen.name()));
        currentSafetyNote = new AutosavedText(stored.currentSafetyNote(), typed -> intake.edit(ref, Field.CURRENT_SAFETY_NOTE, typed));
        futureRisk = new AutosavedChoice<>(stored.futureRisk(), chosen -> intake.edit(ref, Field.FUTURE_RISK, chosen.name()));
        reasoning = new AutosavedText(stored.reasoning(), typed -> intake.edit(ref, Field.REASONING, typed));
        consultedWho = new AutosavedText(stored.consultedWho(), typed -> intake.edit(ref, Field.CONSULTED_WHO, typed));
        consultedOn = new MarkedText(stored.consultedOn(), typed -> IntakeDates.problem(typed, today),
                typed -> intake.edit(ref, Field.CONSULTED_ON, typed));
        discussedWithParentsOn = new MarkedText(stored.discussedWithParentsOn(), typed -> IntakeDates.problem(typed, today),
                typed -> intake.edit(ref, Field.DISCUSSED_WITH_PARENTS_ON, typed));
    }

    /** Shows what is stored now (after a sync); a field being typed in keeps its text. */
    public void showStored(SafetyAssessment stored, Member storedChild) {
        if (!storedChild.equals(child)) {
            child = storedChild;
            assessedOn.recheck();
        }
        assessedOn.text().showStored(stored.assessedOn());
        instrument.showStored(stored.instrument());
        signals.showStored(stored.signals());
        riskFactors.showStored(stored.riskFactors());
        protectiveFactors.showStored(stored.protectiveFactors());
        currentSafety.showStored(stored.currentSafety());
        currentSafetyNote.showStored(stored.currentSafetyNote());
        futureRisk.showStored(stored.futureRisk());
        reasoning.showStored(stored.reasoning());
        consultedWho.showStored(stored.consultedWho());
        consultedOn.text().showStored(stored.consultedOn());
        discussedWithParentsOn.text().showStored(stored.discussedWithParentsOn());
    }

    /** Before the child was born, or in the future: marked, never refused. */
    private Optional<UiText> checkAssessedOn(String typed) {
        Optional<UiText> own = IntakeDates.problem(typed, today);
        if (own.isPresent() || child == null) {
            return own;
        }
        if (AssessmentRules.beforeBirth(typed, child.birthDate())) {
            return Optional.of(new UiText("safetyScreen.beforeBirth", child.fullName()));
        }
        return Optional.empty();
    }

    public RecordRef ref() {
        return ref;
    }

    public MarkedText assessedOn() {
        return assessedOn;
    }

    public AutosavedChoice<SafetyInstrument> instrument() {
        return instrument;
    }

    public AutosavedText signals() {
        return signals;
    }

    public AutosavedText riskFactors() {
        return riskFactors;
    }

    public AutosavedText protectiveFactors() {
        return protectiveFactors;
    }

    public AutosavedChoice<SafetyJudgement> currentSafety() {
        return currentSafety;
    }

    public AutosavedText currentSafetyNote() {
        return currentSafetyNote;
    }

    public AutosavedChoice<RiskLevel> futureRisk() {
        return futureRisk;
    }

    public AutosavedText reasoning() {
        return reasoning;
    }

    public AutosavedText consultedWho() {
        return consultedWho;
    }

    public MarkedText consultedOn() {
        return consultedOn;
    }

    public MarkedText discussedWithParentsOn() {
        return discussedWithParentsOn;
    }
}
