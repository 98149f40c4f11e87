package nl.keukentafel.gui.plan;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.common.EscapeGoesBack;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.LabelledChoices;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.plan.PlanWarning;
import nl.keukentafel.model.plan.Vote;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The "Vaststellen" panel over the plan: the date, one line per expected party (agreed / not agreed / absent and a
 * note), the warnings (never blocking), and the buttons. Tab walks through it; the plan behind is disabled while it
 * is open. FX thread only.
 */
final class AgreePanel {
    private final Localization localization;
    private final AgreeViewModel model;
    private final Runnable close;
    private final VBox root = new VBox(14);
    private final TextField date = new TextField();
    private final Label dateProblem = PlanForms.problemLabel("agreeDate");
    private final GridPane parties = new GridPane();
    private final VBox warnings = new VBox(4);

    AgreePanel(Localization localization, AgreeViewModel model, Runnable close) {
        this.localization = localization;
        this.model = model;
        this.close = close;
        root.setId("agreePanel");
        EscapeGoesBack.closesFirst(root, close);
        root.getStyleClass().addAll("plan-overlay", Styles.ELEVATED_3);
        root.setMaxWidth(760);
        root.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        date.setId("agreeDate");
        date.setPrefColumnCount(10);
        date.setMaxWidth(160);
        date.textProperty().bindBidirectional(model.dateProperty());
        date.textProperty().addListener((observable, old, typed) -> showDateProblem());
        parties.setHgap(12);
        parties.setVgap(6);
        parties.setId("agreeParties");
        parties.getColumnConstraints().setAll(PlanLayout.columns(38, 24, 38));
        model.lines().addListener((ListChangeListener<AgreeViewModel.Line>) change -> showParties());
        model.warnings().addListener((ListChangeListener<PlanWarning>) change -> showWarnings());
        warnings.setId("agreeWarnings");
        Button confirm = new Button(localization.get("planscreen.agree.confirm"), Icons.of(Material2AL.CHECK_CIRCLE_OUTLINE));
        confirm.setId("agreeConfirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setDefaultButton(false);
        confirm.setOnAction(event -> model.agree(close));
        Button cancel = new Button(localization.get("planscreen.agree.cancel"));
        cancel.setId("agreeCancel");
        cancel.setOnAction(event -> close.run());
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setId("agreeError");
        error.setWrapText(true);
        error.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.refusalProperty().get() != null
                ? model.refusalProperty().get().text(localization)
                : model.errorProperty().get() == null ? "" : model.errorProperty().get().in(localization),
                model.refusalProperty(), model.errorProperty()));
        HBox buttons = new HBox(10, confirm, cancel, error);
        buttons.setAlignment(Pos.CENTER_LEFT);
        ScrollPane partyScroll = new ScrollPane(parties);
        partyScroll.setFitToWidth(true);
        partyScroll.setMaxHeight(230);
        partyScroll.getStyleClass().add("edge-to-edge");
        root.getChildren().setAll(PlanForms.heading(localization, "planscreen.agree.title"),
                PlanForms.hint(localization, "planscreen.agree.hint"),
                PlanForms.labelled(localization, "planscreen.agree.date", date), dateProblem,
                partyScroll, warnings, buttons);
    }

    void open() {
        model.open();
        showParties();
        showWarnings();
        showDateProblem();
    }

    private void showDateProblem() {
        PlanForms.showProblem(localization, date, dateProblem, model.dateProblem().orElse(null));
    }

    private void showParties() {
        parties.getChildren().clear();
        parties.addRow(0, PlanForms.hint(localization, "planscreen.agree.party"), PlanForms.hint(localization, "planscreen.agree.vote"),
                PlanForms.hint(localization, "planscreen.agree.note"));
        int row = 1;
        for (AgreeViewModel.Line line : model.lines()) {
            String role = EnumLabels.label(localization, line.party().role());
            String name = line.party().name() == null || line.party().name().isBlank() ? role : line.party().name() + " (" + role + ")";
            Label who = new Label(name);
            who.setWrapText(true);
            ComboBox<Vote> vote = LabelledChoices.comboBox("agreeVote-" + row, Arrays.asList(Vote.values()),
                    value -> EnumLabels.label(localization, value));
            vote.setPromptText(localization.get("planscreen.agree.vote.prompt"));
            vote.valueProperty().bindBidirectional(line.voteProperty());
            who.setLabelFor(vote);
            TextField note = new TextField();
            note.setId("agreeNote-" + row);
            note.textProperty().bindBidirectional(line.noteProperty());
            parties.addRow(row++, who, vote, note);
        }
    }

    private void showWarnings() {
        warnings.getChildren().clear();
        if (model.warnings().isEmpty()) {
            return;
        }
        Label title = new Label(localization.get("planscreen.agree.warnings"), Icons.of(Material2MZ.WARNING));
        title.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_BOLD);
        warnings.getChildren().add(title);
        for (PlanWarning warning : model.warnings()) {
            Label line = new Label("• " + localization.get(warning.messageKey(), warning.arguments().toArray()));
            line.setWrapText(true);
            line.getStyleClass().add("plan-warning");
            warnings.getChildren().add(line);
        }
    }

    Node root() {
        return root;
    }

    Node initialFocus() {
        return date;
    }
}
