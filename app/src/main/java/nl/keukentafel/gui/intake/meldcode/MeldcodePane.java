package nl.keukentafel.gui.intake.meldcode;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.intake.common.MemberChecks;
import nl.keukentafel.gui.intake.common.SectionForm;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.intake.Answer;
import nl.keukentafel.model.intake.Meldcode.Field;
import nl.keukentafel.model.intake.MeldcodeDecision;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One Meldcode concern, collapsible: the concern, who it is about, the five steps, the five weighing questions in
 * order with the framework's hint, the decision, and recording a report as a sharing. FX thread only.
 */
final class MeldcodePane extends TitledPane {
    private final Localization localization;
    private final MemberChecks members;
    private final TextArea concern;

    MeldcodePane(Localization localization, MeldcodeViewModel model, Runnable recordReport) {
        this.localization = localization;
        String suffix = "-" + model.ref().id();
        SectionForm form = new SectionForm(localization);
        concern = form.area("field." + Field.CONCERN, "concern" + suffix, model.concern());
        form.marked("field." + Field.RAISED_ON, "raisedOn" + suffix, model.raisedOn());
        form.endRow();
        members = new MemberChecks("meldcodeMember" + suffix, model.members(), null);
        form.full(form.labelled("meldcodeScreen.members", members, null));
        form.full(heading("meldcodeScreen.steps"));
        for (int step = 0; step < 5; step++) {
            form.areaWithDate("field." + MeldcodeViewModel.STEP_TEXTS.get(step), MeldcodeViewModel.STEP_TEXTS.get(step) + suffix,
                    model.stepText(step), "meldcodeScreen.stepDate", MeldcodeViewModel.STEP_DATES.get(step) + suffix,
                    model.stepDate(step));
        }
        form.full(heading("meldcodeScreen.framework"));
        for (int question = 0; question < 5; question++) {
            form.choiceWithNote("field." + MeldcodeViewModel.QUESTIONS.get(question), MeldcodeViewModel.QUESTIONS.get(question) + suffix,
                    Arrays.asList(Answer.values()), model.answer(question), MeldcodeViewModel.NOTES.get(question) + suffix,
                    model.note(question));
        }
        form.full(hint(model, suffix));
        form.full(heading("meldcodeScreen.decisionHeading"));
        form.choice("field." + Field.DECISION, "decision" + suffix, Arrays.asList(MeldcodeDecision.values()), model.decision());
        form.marked("field." + Field.DECIDED_ON, "decidedOn" + suffix, model.decidedOn());
        form.area("field." + Field.JUSTIFICATION, "justification" + suffix, model.justification());
        form.full(report(model, suffix, recordReport));
        setId("meldcode" + suffix);
        setContent(form.grid());
        getStyleClass().add("intake-record");
        textProperty().bind(Bindings.createStringBinding(() -> localization.get("meldcodeScreen.concernTitle",
                model.raisedOn().text().text().strip(), shortened(model.concern().text())),
                model.raisedOn().text().textProperty(), model.concern().textProperty()));
    }

    void members(List<Member> family) {
        members.members(family, localization.get("dossier.unnamed"));
    }

    TextArea concernField() {
        return concern;
    }

    private static String shortened(String text) {
        String line = text == null ? "" : text.strip().replace('\n', ' ');
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }

    private Label heading(String key) {
        Label label = new Label(localization.get(key));
        label.getStyleClass().addAll(Styles.TEXT_BOLD, "section-subheading");
        label.setWrapText(true);
        label.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        return label;
    }

    private Node hint(MeldcodeViewModel model, String suffix) {
        Label hint = new Label(localization.get("meldcodeScreen.hint"));
        hint.setId("reportHint" + suffix);
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.WARNING, "framework-hint");
        hint.visibleProperty().bind(model.pointsAtReporting());
        hint.managedProperty().bind(hint.visibleProperty());
        return hint;
    }

    private Node report(MeldcodeViewModel model, String suffix, Runnable recordReport) {
        Button record = new Button(localization.get("meldcodeScreen.recordReport"), Icons.of(Material2MZ.SHARE));
        record.setId("recordReport" + suffix);
        record.setTooltip(new Tooltip(localization.get("meldcodeScreen.recordReport.tooltip")));
        record.setOnAction(event -> recordReport.run());
        record.visibleProperty().bind(model.reportToRecord());
        record.managedProperty().bind(record.visibleProperty());
        Label recorded = new Label(localization.get("meldcodeScreen.reportRecorded"));
        recorded.setId("reportRecorded" + suffix);
        recorded.setWrapText(true);
        recorded.getStyleClass().add(Styles.SUCCESS);
        recorded.visibleProperty().bind(model.reportSharingIdProperty().isNotNull());
        recorded.managedProperty().bind(recorded.visibleProperty());
        return new VBox(6, record, recorded);
    }
}
