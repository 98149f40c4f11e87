package nl.keukentafel.gui.ecogram;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.keukentafel.gui.common.LabelledChoices;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.genogram.EcoLink;
import nl.keukentafel.model.genogram.LinkStrength;
import nl.keukentafel.model.genogram.SupportDirection;
import nl.keukentafel.model.genogram.SupportKind;
import nl.keukentafel.model.intake.Sector;

/** The selected ecogram line's strength, direction, kinds of support and note; and the form for an extra. FX thread only. */
final class EcogramPanel {
    private final EcogramViewModel model;
    private final Localization localization;
    private final VBox root = new VBox(10);
    private final Label title = new Label();
    private final ComboBox<LinkStrength> strength;
    private final ComboBox<SupportDirection> direction;
    private final Map<SupportKind, CheckBox> kinds = new EnumMap<>(SupportKind.class);
    private final TextField note = new TextField();
    private boolean filling;

    EcogramPanel(EcogramViewModel model, Localization localization) {
        this.model = model;
        this.localization = localization;
        title.setId("ecoTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        strength = combo("ecoStrength", Arrays.asList(LinkStrength.values()));
        strength.valueProperty().subscribe((was, now) -> {
            if (!filling && now != null) {
                model.setStrength(now);
            }
        });
        direction = combo("ecoDirection", Arrays.asList(SupportDirection.values()));
        direction.valueProperty().subscribe((was, now) -> {
            if (!filling && now != null) {
                model.setDirection(now);
            }
        });
        VBox support = new VBox(4);
        for (SupportKind kind : SupportKind.values()) {
            CheckBox box = new CheckBox(EnumLabels.label(localization, kind));
            box.setId("ecoSupport" + kind.name());
            box.selectedProperty().subscribe((was, now) -> {
                if (!filling) {
                    model.setSupport(kind, now);
                }
            });
            kinds.put(kind, box);
            support.getChildren().add(box);
        }
        note.setId("ecoNote");
        note.focusedProperty().subscribe((was, focused) -> {
            if (!focused && !filling) {
                model.setNote(note.getText());
            }
        });
        note.setOnAction(event -> model.setNote(note.getText()));
        root.setId("ecoPanel");
        root.getChildren().addAll(title, labelled("field.strength", strength), labelled("field.direction", direction),
                labelled("field.supportKinds", support), labelled("field.note", note), new Separator(), extraForm());
    }

    private Node extraForm() {
        TextField name = new TextField();
        name.setId("ecoExtraName");
        name.setPromptText(localization.get("ecogram.extra.name"));
        ComboBox<Sector> sector = new ComboBox<>();
        sector.setId("ecoExtraSector");
        sector.getItems().setAll(Sector.values());
        sector.setConverter(converter(Arrays.asList(Sector.values())));
        sector.setValue(Sector.OTHER);
        Button add = new Button(localization.get("ecogram.extra.add"));
        add.setId("ecoExtraAdd");
        add.setTooltip(new Tooltip(localization.get("ecogram.extra.tooltip")));
        Runnable adding = () -> {
            model.addExtra(name.getText(), sector.getValue());
            name.clear();
        };
        add.setOnAction(event -> adding.run());
        name.setOnAction(event -> adding.run());
        Label heading = new Label(localization.get("ecogram.extra.add"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(6, heading, name, sector, add);
    }

    Node root() {
        return root;
    }

    Node firstField() {
        return strength;
    }

    /** Shows the line as stored (after a new selection or any read). */
    void show(EcogramEntry entry) {
        filling = true;
        try {
            boolean present = entry != null;
            strength.setDisable(!present);
            direction.setDisable(!present);
            note.setDisable(!present);
            kinds.values().forEach(box -> box.setDisable(!present));
            EcoLink link = present ? entry.link() : null;
            title.setText(present ? (entry.name().isBlank() ? localization.get("genogram.unnamed") : entry.name()) + " — "
                    + EnumLabels.label(localization, entry.sector()) : localization.get("ecogram.noSelection"));
            strength.setValue(link == null ? null : link.strength());
            direction.setValue(link == null ? null : link.direction());
            kinds.forEach((kind, box) -> box.setSelected(link != null && link.supportKinds().contains(kind)));
            if (!note.isFocused()) {
                note.setText(link == null || link.note() == null ? "" : link.note());
            }
        } finally {
            filling = false;
        }
    }

    private <T extends Enum<T>> ComboBox<T> combo(String id, List<T> values) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(converter(values));
        return box;
    }

    private <T extends Enum<T>> StringConverter<T> converter(List<T> values) {
        return LabelledChoices.converter(values, value -> EnumLabels.label(localization, value));
    }

    private Node labelled(String key, Node control) {
        Label label = new Label(localization.get(key));
        label.getStyleClass().add("field-label");
        if (control instanceof javafx.scene.control.Control input) {
            label.setLabelFor(input);
        }
        return new VBox(4, label, control);
    }
}
