package nl.keukentafel.gui.plan;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.LabelledChoices;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Vote;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Above the plan: which version is shown (the draft or an agreed one: number, date, who agreed), "Vaststellen" and
 * "Vergelijken", and the banners: an agreed version is read-only; a closed dossier is read-only and lists what
 * arrived by sync after closing. FX thread only.
 */
final class PlanBar {
    /** One line of the version drop-down; {@code id} null is the draft. */
    record Choice(UUID id, String label) {
    }

    private final Localization localization;
    private final PlanViewModel model;
    private final VBox root = new VBox(6);
    private final ComboBox<Choice> versions = new ComboBox<>();
    private final Button agree;
    private final Button compare;
    private final Label versionBanner = banner("planVersionBanner", Material2AL.LOCK);
    private final Label closedBanner = banner("planClosedBanner", Material2AL.LOCK);
    private final Label arrivedBanner = banner("planArrivedBanner", Material2MZ.SYNC_PROBLEM);
    private final Label error = new Label();
    private boolean showing;

    PlanBar(Localization localization, PlanViewModel model, Runnable openAgree, Runnable openCompare,
           java.util.function.Consumer<javafx.stage.Window> openPrint) {
        this.localization = localization;
        this.model = model;
        versions.setId("planVersionChoice");
        versions.setConverter(LabelledChoices.converter(List.of(), Choice::label));
        versions.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        versions.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        versions.setMaxWidth(520);
        versions.valueProperty().addListener((observable, old, chosen) -> {
            if (!showing && chosen != null) {
                model.shownVersionProperty().set(chosen.id());
            }
        });
        Label caption = new Label(localization.get("planscreen.versions"));
        caption.setLabelFor(versions);
        agree = new Button(localization.get("planscreen.agree"), Icons.of(Material2AL.CHECK_CIRCLE_OUTLINE));
        agree.setId("agreeButton");
        agree.getStyleClass().add(Styles.ACCENT);
        agree.setTooltip(new Tooltip(localization.get("planscreen.agree.tooltip")));
        agree.setOnAction(event -> openAgree.run());
        compare = new Button(localization.get("planscreen.compare"), Icons.of(Material2AL.COMPARE_ARROWS));
        compare.setId("compareButton");
        compare.setTooltip(new Tooltip(localization.get("planscreen.compare.tooltip")));
        compare.setOnAction(event -> openCompare.run());
        Button print = new Button(localization.get("print.open"), Icons.of(Material2MZ.PRINT));
        print.setId("printPlanButton");
        print.setTooltip(new Tooltip(localization.get("print.open.tooltip")));
        print.setOnAction(event -> openPrint.accept(print.getScene().getWindow()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(10, caption, versions, spacer, print, compare, agree);
        line.setAlignment(Pos.CENTER_LEFT);
        error.setId("planError");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty().map(text -> text.in(localization)).orElse(""));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root.getChildren().setAll(closedBanner, arrivedBanner, line, versionBanner, error);
        root.getStyleClass().add("plan-bar");
    }

    private static Label banner(String id, org.kordamp.ikonli.Ikon icon) {
        Label label = new Label(null, Icons.of(icon));
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add("plan-banner");
        label.managedProperty().bind(label.visibleProperty());
        label.setVisible(false);
        return label;
    }

    Node root() {
        return root;
    }

    void show(PlanViewModel.Reading reading) {
        PlanState state = reading.plan();
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null, localization.get("planscreen.draft")));
        for (int index = state.versions().size() - 1; index >= 0; index--) {
            choices.add(new Choice(state.versions().get(index).id(), label(index + 1, state.versions().get(index))));
        }
        showing = true;
        try {
            if (!versions.getItems().equals(choices)) {
                versions.getItems().setAll(choices);
            }
            UUID shown = model.shownVersionProperty().get();
            versions.setValue(choices.stream().filter(choice -> Objects.equals(choice.id(), shown)).findFirst().orElse(choices.get(0)));
        } finally {
            showing = false;
        }
        agree.setDisable(!model.editable());
        compare.setDisable(state.versions().isEmpty());
        model.shownVersionRecord().ifPresentOrElse(version -> {
            versionBanner.setText(localization.get("planscreen.version.readOnly", state.numberOf(version.id()).orElse(0),
                    version.agreedOn()));
            versionBanner.setVisible(true);
        }, () -> versionBanner.setVisible(false));
        closedBanner.setVisible(state.closed());
        closedBanner.setText(state.closed() ? localization.get("planscreen.closed",
                state.closure().map(closure -> closure.closedOn() == null ? "" : closure.closedOn()).orElse("")) : "");
        arrivedBanner.setVisible(!state.arrivedAfterClosing().isEmpty());
        arrivedBanner.setText(state.arrivedAfterClosing().isEmpty() ? "" : localization.get("planscreen.arrivedAfterClosing",
                state.arrivedAfterClosing().size(), state.arrivedAfterClosing().stream().map(RecordRef::kind).distinct()
                        .map(this::kindLabel).collect(Collectors.joining(", "))));
    }

    private String kindLabel(RecordKind kind) {
        return EnumLabels.label(localization, EnumLabels.RECORD_KIND, kind);
    }

    /** "Versie 2 · 04-12-2026 · akkoord: Sanne, Lotte". */
    private String label(int number, PlanVersion version) {
        String agreed = version.parties().stream().filter(party -> party.vote() == Vote.AGREED).map(Party::name)
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        return localization.get("planscreen.version", number, version.agreedOn() == null ? "" : version.agreedOn(),
                agreed.isEmpty() ? localization.get("planscreen.version.nobody") : agreed);
    }
}
