package nl.keukentafel.gui.intake;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TitledPane;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.DomainStatus;

/**
 * One life domain (for the household or one member) as a collapsible row whose title shows its status and score at a
 * glance: a coloured dot (open, discussed, set aside) and the words. Space or Enter on the title opens it; its fields
 * are built then. FX thread only.
 */
final class DomainRow {
    private final Localization localization;
    private final DomainEntryViewModel entry;
    private final String idSuffix;
    private final List<DomainList.ScoreLevel> levels;
    private final Supplier<Optional<MenuButton>> forMember;
    private final TitledPane pane = new TitledPane();
    private DomainRowBody body;

    DomainRow(Localization localization, DomainEntryViewModel entry, String title, String idSuffix, List<DomainList.ScoreLevel> levels,
              Supplier<Optional<MenuButton>> forMember) {
        this.localization = localization;
        this.entry = entry;
        this.idSuffix = idSuffix;
        this.levels = levels;
        this.forMember = forMember;
        Label dot = new Label("\u25CF");
        dot.getStyleClass().add("intake-domain-dot");
        entry.status().valueProperty().subscribe(value -> {
            dot.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.TEXT_MUTED);
            dot.getStyleClass().add(value == null ? Styles.WARNING : value == DomainStatus.DISCUSSED ? Styles.SUCCESS : Styles.TEXT_MUTED);
        });
        pane.setGraphic(dot);
        pane.textProperty().bind(Bindings.createStringBinding(() -> summary(title),
                entry.status().valueProperty(), entry.score().valueProperty()));
        pane.setAnimated(false);
        pane.setExpanded(false);
        pane.setId("domain-" + idSuffix);
        pane.getStyleClass().addAll("intake-domain", Styles.DENSE);
        pane.expandedProperty().subscribe(expanded -> {
            if (expanded) {
                body();
            }
        });
    }

    private DomainRowBody body() {
        if (body == null) {
            body = new DomainRowBody(localization, entry, idSuffix, levels, forMember.get());
            pane.setContent(body.root());
        }
        return body;
    }

    private String summary(String title) {
        DomainStatus value = entry.status().value();
        String state = value == null ? localization.get("intake.domain.open") : EnumLabels.label(localization, value);
        Integer chosen = entry.score().value();
        String scored = chosen == null || chosen == DomainEntryViewModel.NO_SCORE ? ""
                : "  \u00B7  " + DomainRowBody.scoreLabel(localization, levels, chosen);
        return title + "  \u2014  " + state + scored;
    }

    DomainEntryViewModel entry() {
        return entry;
    }

    TitledPane pane() {
        return pane;
    }

    Node editorOf(String field) {
        return body().editorOf(field);
    }
}
