package nl.keukentafel.gui.intake;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;
import javafx.util.Duration;
import nl.keukentafel.gui.common.EscapeGoesBack;
import nl.keukentafel.gui.common.Styling;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.search.DossierSearch;
import nl.keukentafel.model.RecordKind;

/**
 * The search field in the dossier's header (Ctrl+F): it searches every text of the dossier and its intake as the
 * consultant types (after a short pause, like the caseload) and lists the hits in a list under the field. The
 * keyboard stays in the field: Down and Up choose a hit, Enter opens it (its tab and field), Escape closes the list.
 * The read runs on the task executor. FX thread only.
 */
final class DossierSearchBar {
    private static final int MAX_HITS = 30;
    private static final Duration TYPING_PAUSE = Duration.millis(250);

    private final Localization localization;
    private final IntakeViewModel model;
    private final DossierSearch searcher;
    private final Consumer<DossierSearch.Hit> open;
    private final TextField field = new TextField();
    private final ListView<DossierSearch.Hit> results = new ListView<>();
    private final Popup popup = new Popup();
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);

    DossierSearchBar(Localization localization, IntakeViewModel model, DossierSearch searcher, Consumer<DossierSearch.Hit> open) {
        this.localization = localization;
        this.model = model;
        this.searcher = searcher;
        this.open = open;
        field.setId("dossierSearch");
        field.setPromptText(localization.get("intake.search.prompt"));
        field.setTooltip(new Tooltip(localization.get("intake.search.tooltip")));
        field.setPrefColumnCount(18);
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::steer);
        field.textProperty().subscribe(text -> typing.playFromStart());
        field.focusedProperty().subscribe(focused -> {
            if (!focused && !results.isFocused()) {
                popup.hide();
            }
        });
        typing.setOnFinished(event -> search());
        // the screen's Escape (back to the caseload) is a scene filter; in this field Escape closes the list first
        EscapeGoesBack.closesFirst(field, () -> {
            if (popup.isShowing()) {
                popup.hide();
            } else {
                field.clear();
            }
        });

        results.setId("dossierSearchResults");
        results.setPrefWidth(460);
        results.setFocusTraversable(false);
        results.setCellFactory(list -> new HitCell());
        Label none = new Label(localization.get("intake.search.none"));
        none.setId("dossierSearchNone");
        results.setPlaceholder(none);
        results.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && results.getSelectionModel().getSelectedItem() != null) {
                choose(results.getSelectionModel().getSelectedItem());
            }
        });
        Styling.apply(results);
        popup.getContent().add(results);
        popup.setAutoHide(true);
    }

    TextField field() {
        return field;
    }

    private void steer(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN, UP -> {
                if (!popup.isShowing()) {
                    search();
                } else if (!results.getItems().isEmpty()) {
                    int step = event.getCode() == KeyCode.DOWN ? 1 : -1;
                    int index = Math.max(0, Math.min(results.getItems().size() - 1,
                            results.getSelectionModel().getSelectedIndex() + step));
                    results.getSelectionModel().select(index);
                    results.scrollTo(index);
                }
                event.consume();
            }
            case ENTER -> {
                DossierSearch.Hit chosen = results.getSelectionModel().getSelectedItem();
                if (popup.isShowing() && chosen != null) {
                    choose(chosen);
                } else {
                    typing.stop();
                    search();
                }
                event.consume();
            }
            default -> {
            }
        }
    }

    private void choose(DossierSearch.Hit hit) {
        popup.hide();
        open.accept(hit);
    }

    private void search() {
        String query = field.getText();
        if (query == null || query.isBlank()) {
            popup.hide();
            return;
        }
        model.tasks().execute(() -> searcher.search(model.dossierId(), query), this::showHits, failure -> showHits(List.of()));
    }

    private void showHits(List<DossierSearch.Hit> hits) {
        if (!field.isFocused() || field.getScene() == null) {
            return;
        }
        results.getItems().setAll(hits.subList(0, Math.min(hits.size(), MAX_HITS)));
        results.getSelectionModel().clearSelection();
        results.setPrefHeight(Math.min(10, Math.max(1, hits.size())) * 44 + 6);
        if (!popup.isShowing()) {
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            popup.show(field, bounds.getMaxX() - results.getPrefWidth(), bounds.getMaxY() + 2);
        }
    }

    private String label(DossierSearch.Hit hit) {
        String kind = localization.get("recordKind." + hit.ref().kind().name());
        String fieldKey = "field." + hit.field();
        String fieldName = localization.has(fieldKey) ? localization.get(fieldKey) : hit.field();
        return localization.get("intake.search.hit", kind, fieldName, hit.snippet());
    }

    static boolean isIntakeKind(RecordKind kind) {
        return kind != RecordKind.FAMILY && kind != RecordKind.MEMBER && kind != RecordKind.CONTACT;
    }

    /** One hit: where it is and the text around it; the id counts from the top for tests and screen readers. */
    private final class HitCell extends ListCell<DossierSearch.Hit> {
        HitCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(DossierSearch.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(empty || hit == null ? null : label(hit));
            setId(empty || hit == null ? null : "searchHit-" + getIndex());
        }
    }
}
