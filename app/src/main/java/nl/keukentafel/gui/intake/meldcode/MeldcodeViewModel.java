package nl.keukentafel.gui.intake.meldcode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.intake.common.IntakeDates;
import nl.keukentafel.gui.intake.common.MarkedText;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.intake.MeldcodeFramework;
import nl.keukentafel.logic.intake.VeiligThuisReport;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Answer;
import nl.keukentafel.model.intake.Meldcode.Field;
import nl.keukentafel.model.intake.Meldcode;
import nl.keukentafel.model.intake.MeldcodeDecision;

/**
 * One concern worked through the Meldcode as the screen edits it: the five steps, the five weighing questions, the
 * decision. The hint that the answers point at reporting is shown beside the questions; the decision is always the
 * consultant's own choice. FX thread only.
 */
public final class MeldcodeViewModel {
    /** The stored step fields in order: text and date of step 1 to 5. */
    static final List<String> STEP_TEXTS = List.of(Field.STEP1_SIGNALS, Field.STEP2_CONSULTED, Field.STEP3_TALKED,
            Field.STEP4_WEIGHED, Field.STEP5_DECIDED);
    static final List<String> STEP_DATES = List.of(Field.STEP1_ON, Field.STEP2_ON, Field.STEP3_ON, Field.STEP4_ON, Field.STEP5_ON);
    /** The stored weighing questions in order, answer and note of question 1 to 5. */
    static final List<String> QUESTIONS = List.of(Field.WEIGH1_SUSPICION, Field.WEIGH2_ACUTE_OR_STRUCTURAL, Field.WEIGH3_CAN_HELP,
            Field.WEIGH4_HELP_ACCEPTED, Field.WEIGH5_SAFETY_WITHIN_TERM);
    static final List<String> NOTES = List.of(Field.WEIGH1_NOTE, Field.WEIGH2_NOTE, Field.WEIGH3_NOTE, Field.WEIGH4_NOTE,
            Field.WEIGH5_NOTE);

    private final RecordRef ref;
    private final AutosavedText concern;
    private final MarkedText raisedOn;
    private final AutosavedChoice<List<UUID>> members;
    private final List<AutosavedText> stepTexts;
    private final List<MarkedText> stepDates;
    private final List<AutosavedChoice<Answer>> answers;
    private final List<AutosavedText> notes;
    private final AutosavedChoice<MeldcodeDecision> decision;
    private final MarkedText decidedOn;
    private final AutosavedText justification;
    private final ReadOnlyObjectWrapper<UUID> reportSharingId;
    private final BooleanBinding pointsAtReporting;
    private final BooleanBinding reportToRecord;

    public MeldcodeViewModel(Meldcode stored, IntakeService intake, LocalDate today) {
        ref = new RecordRef(RecordKind.MELDCODE, stored.id(), stored.dossierId());
        concern = new AutosavedText(stored.concern(), typed -> intake.edit(ref, Field.CONCERN, typed));
        raisedOn = date(stored.raisedOn(), Field.RAISED_ON, intake, today);
        members = new AutosavedChoice<>(stored.memberIds(), chosen -> intake.edit(ref, Field.MEMBER_IDS, chosen));
        List<String> texts = stepTexts(stored);
        List<String> dates = stepDates(stored);
        stepTexts = IntStream.range(0, 5).mapToObj(step -> new AutosavedText(texts.get(step),
                typed -> intake.edit(ref, STEP_TEXTS.get(step), typed))).toList();
        stepDates = IntStream.range(0, 5).mapToObj(step -> date(dates.get(step), STEP_DATES.get(step), intake, today)).toList();
        List<Answer> storedAnswers = answers(stored);
        List<String> storedNotes = notes(stored);
        answers = IntStream.range(0, 5).mapToObj(question -> new AutosavedChoice<>(storedAnswers.get(question),
                chosen -> intake.edit(ref, QUESTIONS.get(question), chosen.name()))).toList();
        notes = IntStream.range(0, 5).mapToObj(question -> new AutosavedText(storedNotes.get(question),
                typed -> intake.edit(ref, NOTES.get(question), typed))).toList();
        decision = new AutosavedChoice<>(stored.decision(), chosen -> intake.edit(ref, Field.DECISION, chosen.name()));
        decidedOn = date(stored.decidedOn(), Field.DECIDED_ON, intake, today);
        justification = new AutosavedText(stored.justification(), typed -> intake.edit(ref, Field.JUSTIFICATION, typed));
        reportSharingId = new ReadOnlyObjectWrapper<>(stored.reportSharingId());
        pointsAtReporting = Bindings.createBooleanBinding(() -> MeldcodeFramework.pointsAtReporting(answers.get(1).value(),
                answers.get(2).value(), answers.get(3).value(), answers.get(4).value()),
                answers.stream().map(AutosavedChoice::valueProperty).toArray(javafx.beans.Observable[]::new));
        reportToRecord = Bindings.createBooleanBinding(() -> VeiligThuisReport.isReport(decision.value())
                && reportSharingId.get() == null, decision.valueProperty(), reportSharingId);
    }

    private MarkedText date(String stored, String field, IntakeService intake, LocalDate today) {
        return new MarkedText(stored, typed -> IntakeDates.problem(typed, today), typed -> intake.edit(ref, field, typed));
    }

    /** Shows what is stored now (after a sync); a field being typed in keeps its text. */
    public void showStored(Meldcode stored) {
        concern.showStored(stored.concern());
        raisedOn.text().showStored(stored.raisedOn());
        members.showStored(stored.memberIds());
        List<String> texts = stepTexts(stored);
        List<String> dates = stepDates(stored);
        List<Answer> storedAnswers = answers(stored);
        List<String> storedNotes = notes(stored);
        for (int index = 0; index < 5; index++) {
            stepTexts.get(index).showStored(texts.get(index));
            stepDates.get(index).text().showStored(dates.get(index));
            answers.get(index).showStored(storedAnswers.get(index));
            notes.get(index).showStored(storedNotes.get(index));
        }
        decision.showStored(stored.decision());
        decidedOn.text().showStored(stored.decidedOn());
        justification.showStored(stored.justification());
        if (stored.reportSharingId() != null) {
            reportSharingId.set(stored.reportSharingId());
        }
    }

    private static List<String> stepTexts(Meldcode stored) {
        return java.util.Arrays.asList(stored.step1Signals(), stored.step2Consulted(), stored.step3Talked(), stored.step4Weighed(),
                stored.step5Decided());
    }

    private static List<String> stepDates(Meldcode stored) {
        return java.util.Arrays.asList(stored.step1On(), stored.step2On(), stored.step3On(), stored.step4On(), stored.step5On());
    }

    private static List<Answer> answers(Meldcode stored) {
        return java.util.Arrays.asList(stored.weigh1Suspicion(), stored.weigh2AcuteOrStructural(), stored.weigh3CanHelp(),
                stored.weigh4HelpAccepted(), stored.weigh5SafetyWithinTerm());
    }

    private static List<String> notes(Meldcode stored) {
        return java.util.Arrays.asList(stored.weigh1Note(), stored.weigh2Note(), stored.weigh3Note(), stored.weigh4Note(),
                stored.weigh5Note());
    }

    /** The report was recorded as a sharing without consent. */
    void reportRecorded(UUID sharingId) {
        reportSharingId.set(sharingId);
    }

    public RecordRef ref() {
        return ref;
    }

    public AutosavedText concern() {
        return concern;
    }

    public MarkedText raisedOn() {
        return raisedOn;
    }

    public AutosavedChoice<List<UUID>> members() {
        return members;
    }

    public AutosavedText stepText(int index) {
        return stepTexts.get(index);
    }

    public MarkedText stepDate(int index) {
        return stepDates.get(index);
    }

    public AutosavedChoice<Answer> answer(int index) {
        return answers.get(index);
    }

    public AutosavedText note(int index) {
        return notes.get(index);
    }

    public AutosavedChoice<MeldcodeDecision> decision() {
        return decision;
    }

    public MarkedText decidedOn() {
        return decidedOn;
    }

    public AutosavedText justification() {
        return justification;
    }

    public ReadOnlyObjectProperty<UUID> reportSharingIdProperty() {
        return reportSharingId.getReadOnlyProperty();
    }

    /** The answers point at reporting to Veilig Thuis (a hint only). */
    public BooleanBinding pointsAtReporting() {
        return pointsAtReporting;
    }

    /** A report was decided and is not yet recorded as a sharing. */
    public BooleanBinding reportToRecord() {
        return reportToRecord;
    }
}
