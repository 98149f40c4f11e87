package nl.keukentafel.gui.intake.safety;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.intake.common.SectionForm;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.intake.RiskLevel;
import nl.keukentafel.model.intake.SafetyAssessment.Field;
import nl.keukentafel.model.intake.SafetyInstrument;
import nl.keukentafel.model.intake.SafetyJudgement;

/**
 * One assessment, collapsible, titled with its date and instrument. Node ids end in the record id. Public so the
 * evaluation tab edits the safety now with this same form. FX thread only.
 */
public final class AssessmentPane extends TitledPane {
    private final TextField dateField;

    public AssessmentPane(Localization localization, AssessmentViewModel model) {
        String suffix = "-" + model.ref().id();
        SectionForm form = new SectionForm(localization);
        dateField = form.marked("field." + Field.ASSESSED_ON, "assessedOn" + suffix, model.assessedOn());
        form.choice("field." + Field.INSTRUMENT, "instrument" + suffix, Arrays.asList(SafetyInstrument.values()), model.instrument());
        form.area("field." + Field.SIGNALS, "signals" + suffix, model.signals());
        form.area("field." + Field.RISK_FACTORS, "riskFactors" + suffix, model.riskFactors());
        form.area("field." + Field.PROTECTIVE_FACTORS, "protectiveFactors" + suffix, model.protectiveFactors());
        form.choice("field." + Field.CURRENT_SAFETY, "currentSafety" + suffix, Arrays.asList(SafetyJudgement.values()),
                model.currentSafety());
        form.choice("field." + Field.FUTURE_RISK, "futureRisk" + suffix, Arrays.asList(RiskLevel.values()), model.futureRisk());
        form.area("field." + Field.CURRENT_SAFETY_NOTE, "currentSafetyNote" + suffix, model.currentSafetyNote());
        form.area("field." + Field.REASONING, "reasoning" + suffix, model.reasoning());
        form.text("field." + Field.CONSULTED_WHO, "consultedWho" + suffix, model.consultedWho());
        form.marked("field." + Field.CONSULTED_ON, "consultedOn" + suffix, model.consultedOn());
        form.marked("field." + Field.DISCUSSED_WITH_PARENTS_ON, "discussedWithParentsOn" + suffix, model.discussedWithParentsOn());
        setId("assessment" + suffix);
        setContent(form.grid());
        getStyleClass().add("intake-record");
        textProperty().bind(Bindings.createStringBinding(() -> {
            String date = model.assessedOn().text().text().strip();
            String title = localization.get("safetyScreen.assessmentOf", date.isEmpty() ? "—" : date);
            SafetyInstrument chosen = model.instrument().value();
            return chosen == null ? title : title + " · " + EnumLabels.label(localization, chosen);
        }, model.assessedOn().text().textProperty(), model.instrument().valueProperty()));
    }

    public TextField dateField() {
        return dateField;
    }
}
