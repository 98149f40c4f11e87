package nl.keukentafel.gui.intake;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.search.DossierSearch;
import nl.keukentafel.model.RecordKind;

/**
 * The search field in the dossier's header (Ctrl+F): Enter searches every text of the dossier and its intake and
 * lists the hits under the field; Enter on a hit goes to its tab and field. The read runs on the task executor.
 * FX thread only.
 */
final class DossierSearchBar {
    private final Localization localization;
    private final IntakeViewModel model;
    private final DossierSearch searcher;
    private final Consumer<DossierSearch.Hit> open;
    private static final int MAX_HITS = 30;

    private final TextField field = new TextField();
    private final ContextMenu results = new ContextMenu();

    DossierSearchBar(Localization localization, IntakeViewModel model, DossierSearch searcher, Consumer<DossierSearch.Hit> open) {
        this.localization = localization;
        this.model = model;
        this.searcher = searcher;
        this.open = open;
        field.setId("dossierSearch");
        field.setPromptText(localization.get("intake.search.prompt"));
        field.setTooltip(new Tooltip(localization.get("intake.search.tooltip")));
        field.setPrefColumnCount(18);
        field.setOnAction(event -> search());
        results.setId("dossierSearchResults");
    }

    TextField field() {
        return field;
    }

    private void search() {
        String query = field.getText();
        model.tasks().execute(() -> searcher.search(model.dossierId(), query), this::showHits,
                failure -> showHits(List.of()));
    }

    private void showHits(List<DossierSearch.Hit> hits) {
        if (hits.isEmpty()) {
            MenuItem none = new MenuItem(localization.get("intake.search.none"));
            none.setDisable(true);
            results.getItems().setAll(none);
        } else {
            int shown = Math.min(hits.size(), MAX_HITS);
            results.getItems().setAll(IntStream.range(0, shown).mapToObj(index -> item(hits.get(index), index)).toList());
        }
        // Down then Enter opens a hit; Escape closes the list and leaves the query
        results.show(field, Side.BOTTOM, 0, 0);
    }

    private MenuItem item(DossierSearch.Hit hit, int index) {
        String kind = localization.get("recordKind." + hit.ref().kind().name());
        String fieldKey = "field." + hit.field();
        String fieldName = localization.has(fieldKey) ? localization.get(fieldKey) : hit.field();
        MenuItem item = new MenuItem(localization.get("intake.search.hit", kind, fieldName, hit.snippet()));
        item.setId("searchHit-" + index);
        item.setOnAction(event -> open.accept(hit));
        return item;
    }

    static boolean isIntakeKind(RecordKind kind) {
        return kind != RecordKind.FAMILY && kind != RecordKind.MEMBER && kind != RecordKind.CONTACT;
    }
}
