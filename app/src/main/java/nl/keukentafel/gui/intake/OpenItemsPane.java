package nl.keukentafel.gui.intake;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.check.Criterion;
import nl.keukentafel.logic.check.Finding;

/**
 * The side panel: what the dossier check (issue 12) still finds open for the intake's criteria, grouped by criterion
 * with a count. Each finding is a link; Enter or a click jumps to the field where it is settled. Rebuilt only when the
 * findings change, so it never steals focus. FX thread only.
 */
final class OpenItemsPane {
    private final Localization localization;
    private final Consumer<Finding> jump;
    private final VBox groups = new VBox(10);
    private final Label title = new Label();
    private final ScrollPane root;

    OpenItemsPane(Localization localization, ObservableList<Finding> items, Consumer<Finding> jump) {
        this.localization = localization;
        this.jump = jump;
        title.getStyleClass().addAll(Styles.TITLE_4);
        title.setId("openItemsTitle");
        title.setTooltip(new Tooltip(localization.get("intake.openItems.tooltip")));
        VBox content = new VBox(10, title, groups);
        content.getStyleClass().add("open-items");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("openItems");
        root.setPrefWidth(300);
        root.setMinWidth(240);
        items.addListener((ListChangeListener<Finding>) change -> show(items));
        show(items);
    }

    Node root() {
        return root;
    }

    /** Focuses the first item (Ctrl+Shift+O); false when nothing is open. */
    boolean focusFirst() {
        Optional<Node> first = groups.lookupAll(".hyperlink").stream().findFirst();
        first.ifPresent(Node::requestFocus);
        return first.isPresent();
    }

    private void show(List<Finding> items) {
        title.setText(localization.get("intake.openItems.title", items.size()));
        Map<Criterion, List<Finding>> byCriterion = new EnumMap<>(Criterion.class);
        items.forEach(item -> byCriterion.computeIfAbsent(item.criterion(), criterion -> new ArrayList<>()).add(item));
        List<Node> nodes = new ArrayList<>();
        if (items.isEmpty()) {
            Label done = new Label(localization.get("intake.openItems.none"));
            done.setWrapText(true);
            done.getStyleClass().add(Styles.TEXT_MUTED);
            nodes.add(done);
        }
        byCriterion.forEach((criterion, inCategory) -> {
            Label heading = new Label(localization.get("intake.openItems.criterion", localization.get(criterion.labelKey()),
                    inCategory.size()));
            heading.setWrapText(true);
            heading.getStyleClass().addAll(Styles.TEXT_BOLD, "open-items-heading");
            VBox group = new VBox(2, heading);
            for (int index = 0; index < inCategory.size(); index++) {
                group.getChildren().add(link(inCategory.get(index), index));
            }
            nodes.add(group);
        });
        groups.getChildren().setAll(nodes);
    }

    private Hyperlink link(Finding item, int index) {
        Hyperlink link = new Hyperlink(localization.get(item.messageKey(), item.arguments().toArray()));
        link.setId("openItem-" + item.criterion().name() + "-" + index);
        link.setWrapText(true);
        link.setTooltip(new Tooltip(localization.get("intake.openItems.jump.tooltip")));
        link.setOnAction(event -> jump.accept(item));
        link.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                link.fire();
            }
        });
        return link;
    }
}
