package nl.keukentafel.gui.intake;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.DomainStatus;

/**
 * One life domain (for the household or one member) as a collapsible row whose title shows its status and score at a
 * glance. Space or Enter on the title opens it. Only a discussed (or still open) domain shows the text fields and the
 * score: a "not applicable" costs one choice and a reason. FX thread only.
 */
final class DomainRow {
    private final DomainEntryViewModel entry;
    private final TitledPane pane = new TitledPane();
    private final ComboBox<DomainStatus> status;
    private final TextField reason;
    private final TextArea goesWell;
    private final TextArea concerns;
    private final TextArea notes;
    private final ComboBox<Integer> score;

    DomainRow(Localization localization, DomainEntryViewModel entry, String title, String idSuffix, List<DomainList.ScoreLevel> levels,
              Optional<MenuButton> forMember) {
        this.entry = entry;
        status = IntakeForms.combo("domainStatus-" + idSuffix, Arrays.asList(DomainStatus.values()),
                value -> EnumLabels.label(localization, value), entry.status());
        status.setPromptText(localization.get("intake.domain.open"));
        reason = IntakeForms.field("domainReason-" + idSuffix, entry.reason());
        reason.setPromptText(localization.get("intake.domain.reasonPrompt"));
        goesWell = IntakeForms.area("domainGoesWell-" + idSuffix, entry.goesWell(), 2);
        concerns = IntakeForms.area("domainConcerns-" + idSuffix, entry.concerns(), 2);
        notes = IntakeForms.area("domainNotes-" + idSuffix, entry.notes(), 2);
        score = IntakeForms.combo("domainScore-" + idSuffix, IntStream.rangeClosed(0, 5).boxed().toList(),
                value -> scoreLabel(localization, levels, value), entry.score());

        BooleanBinding handled = Bindings.createBooleanBinding(() -> entry.status().value() == DomainStatus.NOT_DISCUSSED
                || entry.status().value() == DomainStatus.NOT_APPLICABLE, entry.status().valueProperty());
        HBox top = new HBox(12, IntakeForms.labelled(localization, "field." + DomainEntry.Field.STATUS, status),
                IntakeForms.labelled(localization, "field." + DomainEntry.Field.REASON, reason),
                IntakeForms.labelled(localization, "field." + DomainEntry.Field.SCORE, score));
        top.setAlignment(Pos.BOTTOM_LEFT);
        status.setPrefWidth(190);
        score.setPrefWidth(260);
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        show(top.getChildren().get(1), handled);
        show(top.getChildren().get(2), handled.not());

        GridPane texts = new GridPane();
        texts.setHgap(12);
        texts.getColumnConstraints().addAll(IntakeLayout.columns(33.3, 33.3, 33.4));
        texts.addRow(0, IntakeForms.labelled(localization, "field." + DomainEntry.Field.GOES_WELL, goesWell),
                IntakeForms.labelled(localization, "field." + DomainEntry.Field.CONCERNS, concerns),
                IntakeForms.labelled(localization, "field." + DomainEntry.Field.NOTES, notes));
        // a domain set aside keeps showing text it already has (attached notes are never hidden)
        BooleanBinding hasText = Bindings.createBooleanBinding(() -> !(entry.goesWell().text().isBlank()
                && entry.concerns().text().isBlank() && entry.notes().text().isBlank()), entry.goesWell().textProperty(),
                entry.concerns().textProperty(), entry.notes().textProperty());
        show(texts, handled.not().or(hasText));
        VBox body = new VBox(10, top, texts);
        forMember.ifPresent(body.getChildren()::add);
        body.getStyleClass().add("intake-domain-body");

        Label dot = new Label("●");
        dot.getStyleClass().add("intake-domain-dot");
        entry.status().valueProperty().subscribe(value -> {
            dot.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.TEXT_MUTED);
            dot.getStyleClass().add(value == null ? Styles.WARNING : value == DomainStatus.DISCUSSED ? Styles.SUCCESS : Styles.TEXT_MUTED);
        });
        pane.setGraphic(dot);
        pane.textProperty().bind(Bindings.createStringBinding(() -> summary(localization, levels, title),
                entry.status().valueProperty(), entry.score().valueProperty()));
        pane.setContent(body);
        pane.setAnimated(false);
        pane.setExpanded(false);
        pane.setId("domain-" + idSuffix);
        pane.getStyleClass().addAll("intake-domain", Styles.DENSE);
    }

    private static void show(Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private String summary(Localization localization, List<DomainList.ScoreLevel> levels, String title) {
        DomainStatus value = entry.status().value();
        String state = value == null ? localization.get("intake.domain.open") : EnumLabels.label(localization, value);
        Integer chosen = entry.score().value();
        String scored = chosen == null || chosen == DomainEntryViewModel.NO_SCORE ? "" : "  ·  " + scoreLabel(localization, levels, chosen);
        return title + "  —  " + state + scored;
    }

    static String scoreLabel(Localization localization, List<DomainList.ScoreLevel> levels, Integer value) {
        if (value == null || value == DomainEntryViewModel.NO_SCORE) {
            return localization.get("intake.score.none");
        }
        return levels.stream().filter(level -> level.score() == value).findFirst()
                .map(level -> localization.get("intake.score.level", value, level.label()))
                .orElse(localization.get("intake.score.outOfRange", value));
    }

    DomainEntryViewModel entry() {
        return entry;
    }

    TitledPane pane() {
        return pane;
    }

    Node editorOf(String field) {
        boolean handled = entry.status().value() == DomainStatus.NOT_DISCUSSED || entry.status().value() == DomainStatus.NOT_APPLICABLE;
        Node target = switch (field) {
            case DomainEntry.Field.REASON -> handled ? reason : status;
            case DomainEntry.Field.GOES_WELL -> goesWell;
            case DomainEntry.Field.CONCERNS -> concerns;
            case DomainEntry.Field.NOTES -> notes;
            case DomainEntry.Field.SCORE -> handled ? status : score;
            default -> status;
        };
        return target.getParent() != null && target.getParent().isManaged() && target.getParent().getParent().isManaged() ? target : status;
    }
}
