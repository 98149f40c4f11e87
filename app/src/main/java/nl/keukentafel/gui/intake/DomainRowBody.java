package nl.keukentafel.gui.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
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
    private final Node reasonBox;
    private final Node scoreBox;
    private final Node texts;

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

        HBox top = new HBox(12, IntakeForms.labelled(localization, "field." + DomainEntry.Field.STATUS, status),
                IntakeForms.labelled(localization, "field." + DomainEntry.Field.REASON, reason),
                IntakeForms.labelled(localization, "field." + DomainEntry.Field.SCORE, score));
        top.setAlignment(Pos.BOTTOM_LEFT);
        status.setPrefWidth(190);
        score.setPrefWidth(260);
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        reasonBox = top.getChildren().get(1);
        scoreBox = top.getChildren().get(2);

        GridPane texts = new GridPane();
        texts.setHgap(12);
        texts.getColumnConstraints().addAll(IntakeLayout.columns(33.3, 33.3, 33.4));
        texts.addRow(0, IntakeForms.labelled(localization, "field." + DomainEntry.Field.GOES_WELL, goesWell),
                IntakeForms.labelled(localization, "field." + DomainEntry.Field.CONCERNS, concerns),
                IntakeForms.labelled(localization, "field." + DomainEntry.Field.NOTES, notes));
        this.texts = texts;
        // one listener instead of derived bindings: what shows depends on the status and on text already there
        entry.status().valueProperty().subscribe(this::showWhatApplies);
        for (var text : List.of(entry.goesWell(), entry.concerns(), entry.notes())) {
            text.textProperty().subscribe(this::showWhatApplies);
        }
        showWhatApplies();
        root = new VBox(10, top, texts);
        forMember.ifPresent(root.getChildren()::add);
        root.getStyleClass().add("intake-domain-body");
    }

    private boolean handled() {
        return entry.status().value() == DomainStatus.NOT_DISCUSSED || entry.status().value() == DomainStatus.NOT_APPLICABLE;
    }

    /** A domain set aside shows its reason; its texts only when it already has text (attached notes are never hidden). */
    private void showWhatApplies() {
        boolean handled = handled();
        boolean hasText = !(entry.goesWell().text().isBlank() && entry.concerns().text().isBlank() && entry.notes().text().isBlank());
        show(reasonBox, handled);
        show(scoreBox, !handled);
        show(texts, !handled || hasText);
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
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
        boolean handled = handled();
        Node target = switch (field) {
            case DomainEntry.Field.REASON -> handled ? reason : status;
            case DomainEntry.Field.GOES_WELL -> goesWell;
            case DomainEntry.Field.CONCERNS -> concerns;
            case DomainEntry.Field.NOTES -> notes;
            case DomainEntry.Field.SCORE -> handled ? status : score;
            default -> status;
        };
        return target.getParent().isManaged() && target.getParent().getParent().isManaged() ? target : status;
    }
}
