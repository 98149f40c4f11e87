package nl.keukentafel.gui.evaluation;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.TextAreas;
import nl.keukentafel.gui.intake.common.SectionForm;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.ContactWay;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * "Afsluiting": why, follow-up, the behavioural expert, the referrer, every involved partner informed or skipped, the
 * end report (a draft from the dossier, then free text) and "Afsluiten". Rebuilt only when partners or the referrer
 * change. FX thread only.
 */
final class ClosureSection {
    private final Localization localization;
    private final EvaluationViewModel model;
    private final VBox body = new VBox(12);
    private final VBox root;
    private List<Object> shownShape;

    ClosureSection(Localization localization, EvaluationViewModel model) {
        this.localization = localization;
        this.model = model;
        Label heading = new Label(localization.get("evalscreen.closure"));
        heading.getStyleClass().addAll(Styles.TITLE_3, "section-heading");
        root = new VBox(10, heading, Controls.muted(localization.get("evalscreen.closure.intro")), body);
        root.setId("closureSection");
        root.getStyleClass().add("intake-section");
    }

    VBox root() {
        return root;
    }

    void show(EvaluationViewModel.Shown shown) {
        if (shown.closure().isEmpty()) {
            body.getChildren().clear();
            shownShape = null;
            return;
        }
        ClosureModel closure = shown.closure().get();
        List<Contact> contacts = shown.plan().dossier().contacts();
        List<Object> shape = List.of(closure.shape(), contacts.stream().map(Contact::id).toList());
        if (shape.equals(shownShape)) {
            return;
        }
        shownShape = shape;
        body.getChildren().setAll(form(closure, contacts), notices(closure), report(closure), closeRow());
    }

    private GridPane form(ClosureModel closure, List<Contact> contacts) {
        SectionForm form = new SectionForm(localization);
        form.choice("evalscreen.field.closureReason", "closureReason", Arrays.asList(ClosureReason.values()), closure.reason());
        form.text("evalscreen.field.followUpWith", "followUpWith", closure.followUpWith());
        form.marked("evalscreen.field.consequencesExplainedOn", "consequencesExplainedOn", closure.consequencesExplainedOn());
        form.text("evalscreen.field.expertWho", "expertWho", closure.expertWho());
        form.marked("evalscreen.field.expertOn", "expertOn", closure.expertOn());
        List<UUID> ids = contacts.stream().map(Contact::id).toList();
        ComboBox<UUID> referrer = Controls.choice(localization, "referrerChoice", ids, id -> contacts.stream()
                .filter(contact -> contact.id().equals(id)).findFirst().map(ContactNames::of).orElse("?"), closure.referrer());
        form.half(form.labelled("evalscreen.field.referrer", referrer, null));
        return form.grid();
    }

    private VBox notices(ClosureModel closure) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        double[] widths = {28, 16, 16, 28, 12};
        for (double width : widths) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(width);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
        }
        String[] headers = {"evalscreen.notice.partner", "evalscreen.notice.informedOn", "evalscreen.notice.how",
                "evalscreen.notice.skippedReason", "evalscreen.notice.state"};
        for (int index = 0; index < headers.length; index++) {
            Label header = new Label(localization.get(headers[index]));
            header.getStyleClass().add("field-label");
            header.setWrapText(true);
            grid.add(header, index, 0);
        }
        int row = 1;
        for (NoticeLine line : closure.notices()) {
            String suffix = "-" + line.contactId();
            Label name = new Label(line.referrer() ? localization.get("evalscreen.notice.referrer", line.name()) : line.name());
            name.setWrapText(true);
            TextField informed = Controls.text("informedOn" + suffix, line.informedOn(), localization.get("intakeForm.date.prompt"));
            ComboBox<ContactWay> how = Controls.choice(localization, "noticeHow" + suffix, Arrays.asList(ContactWay.values()), line.how());
            TextField skipped = Controls.text("skippedReason" + suffix, line.skippedReason(), "");
            Label state = new Label();
            state.setId("noticeState" + suffix);
            state.setWrapText(true);
            line.markedProperty().subscribe(marked -> {
                state.setText(localization.get(marked ? "evalscreen.notice.marked" : "evalscreen.notice.unmarked"));
                state.setGraphic(Icons.of(marked ? Material2AL.CHECK_CIRCLE_OUTLINE : Material2AL.ERROR_OUTLINE));
                state.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
                state.getStyleClass().add(marked ? Styles.SUCCESS : Styles.WARNING);
            });
            grid.addRow(row++, name, informed, how, skipped, state);
        }
        VBox block = new VBox(6, Controls.heading(localization, "evalscreen.notices"),
                Controls.muted(localization.get("evalscreen.notices.intro")));
        block.getChildren().add(closure.notices().isEmpty() ? Controls.muted(localization.get("evalscreen.none")) : grid);
        return block;
    }

    private VBox report(ClosureModel closure) {
        Button draft = new Button(localization.get("evalscreen.report.draft"), Icons.of(Material2AL.DESCRIPTION));
        draft.setId("draftReportButton");
        draft.getStyleClass().add(Styles.SMALL);
        draft.setOnAction(event -> model.draftEndReport());
        TextArea text = TextAreas.of("endReport", 10);
        text.textProperty().bindBidirectional(closure.endReport().textProperty());
        closure.endReport().editingProperty().bind(text.focusedProperty());
        HBox title = new HBox(10, Controls.heading(localization, "evalscreen.report"), draft);
        title.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, Controls.muted(localization.get("evalscreen.report.intro")), text);
    }

    private HBox closeRow() {
        TextField date = new TextField();
        date.setId("closeOn");
        date.setPrefColumnCount(10);
        date.setPromptText(localization.get("intakeForm.date.prompt"));
        date.textProperty().bindBidirectional(model.closeOnProperty());
        Label label = new Label(localization.get("evalscreen.close.date"));
        label.setLabelFor(date);
        Button close = new Button(localization.get("evalscreen.close"), Icons.of(Material2AL.LOCK));
        close.setId("closeButton");
        close.getStyleClass().add(Styles.DANGER);
        close.setOnAction(event -> model.close());
        HBox row = new HBox(10, label, date, close);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
