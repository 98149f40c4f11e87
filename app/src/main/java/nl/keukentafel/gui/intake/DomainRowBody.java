package nl.keukentafel.gui.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
 * The fields of one life domain row, built when the row is first opened (nineteen rows of text areas would slow the
 * start of every intake). Only a discussed (or still open) domain shows the text fields and the score: a "not
 * applicable" costs one choice and a reason. FX thread only.
 */
final class DomainRowBody {
    private final DomainEntryViewModel entry;
    private final VBox root;
    private final ComboBox<DomainStatus> status;
    private final TextField reason;
    private final TextArea goesWell;
    private final TextArea concerns;
    private final TextArea notes;
    private final ComboBox<Integer> score;

    DomainRowBody(Localization localization, DomainEntryViewModel entry, String idSuffix, List<DomainList.ScoreLevel> levels,
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
        root = new VBox(10, top, texts);
        forMember.ifPresent(root.getChildren()::add);
        root.getStyleClass().add("intake-domain-body");
    }

    private static void show(Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    static String scoreLabel(Localization localization, List<DomainList.ScoreLevel> levels, Integer value) {
        if (value == null || value == DomainEntryViewModel.NO_SCORE) {
            return localization.get("intake.score.none");
        }
        return levels.stream().filter(level -> level.score() == value).findFirst()
                .map(level -> localization.get("intake.score.level", value, level.label()))
                .orElse(localization.get("intake.score.outOfRange", value));
    }

    VBox root() {
        return root;
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
