package nl.keukentafel.gui.genogram;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.common.LabelledChoices;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.EmotionalRelation;
import nl.keukentafel.model.genogram.GenoUnion;
import nl.keukentafel.model.genogram.ParentLink;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.UnionEvent;
import nl.keukentafel.model.genogram.UnionEventType;

/**
 * A person's lines: its parent links (the kind per parent), its couples (dated events, add and remove) and its
 * emotional relations (remove). Rebuilt from every new state; each change is one undoable step. FX thread only.
 */
final class PersonConnections {
    private final GenogramViewModel model;
    private final Localization localization;
    private final VBox root = new VBox(8);

    PersonConnections(GenogramViewModel model, Localization localization) {
        this.model = model;
        this.localization = localization;
    }

    VBox root() {
        return root;
    }

    void show(GenogramState state, UUID key) {
        root.getChildren().clear();
        if (state == null || key == null) {
            return;
        }
        List<ParentLink> parents = state.parentLinksOf(key);
        if (!parents.isEmpty()) {
            root.getChildren().add(heading("genogram.parents"));
        }
        for (int i = 0; i < parents.size(); i++) {
            ParentLink link = parents.get(i);
            ComboBox<ParentLinkKind> kind = combo("parentKind" + i, Arrays.asList(ParentLinkKind.values()),
                    link.linkKind() == null ? ParentLinkKind.BIRTH : link.linkKind());
            kind.valueProperty().subscribe((was, now) -> model.patch(ref(RecordKind.GENO_PARENT_LINK, link.id()),
                    Map.of(ParentLink.Field.LINK_KIND, now)));
            root.getChildren().add(row(new Label(name(state, link.parent())), kind));
        }
        List<GenoUnion> unions = state.unions().stream().filter(union -> key.equals(union.partnerA()) || key.equals(union.partnerB()))
                .toList();
        for (int i = 0; i < unions.size(); i++) {
            couple(state, key, unions.get(i), i);
        }
        List<EmotionalRelation> relations = state.relations().stream().filter(relation -> key.equals(relation.from())
                || key.equals(relation.to())).toList();
        if (!relations.isEmpty()) {
            root.getChildren().add(heading("genogram.relations"));
        }
        for (int i = 0; i < relations.size(); i++) {
            EmotionalRelation relation = relations.get(i);
            UUID other = key.equals(relation.from()) ? relation.to() : relation.from();
            String type = relation.relationType() == null ? "" : EnumLabels.label(localization, relation.relationType());
            Button remove = small("relationRemove" + i, "genogram.relation.remove",
                    () -> model.delete(ref(RecordKind.GENO_RELATION, relation.id())));
            root.getChildren().add(row(new Label(type + " — " + name(state, other)), remove));
        }
    }

    private void couple(GenogramState state, UUID key, GenoUnion union, int index) {
        UUID partner = key.equals(union.partnerA()) ? union.partnerB() : union.partnerA();
        root.getChildren().add(heading("genogram.couple", name(state, partner)));
        String events = union.events().stream().map(event -> EnumLabels.label(localization, event.type())
                + (event.date() == null || event.date().isBlank() ? "" : " " + event.date())).collect(Collectors.joining(", "));
        Label history = new Label(events.isEmpty() ? localization.get("genogram.couple.noEvents") : events);
        history.setId("coupleEvents" + index);
        history.setWrapText(true);
        ComboBox<UnionEventType> type = combo("coupleEventType" + index, Arrays.asList(UnionEventType.values()), UnionEventType.MARRIED);
        TextField date = new TextField();
        date.setId("coupleEventDate" + index);
        date.setPromptText(localization.get("genogram.couple.date"));
        date.setPrefColumnCount(8);
        RecordRef ref = ref(RecordKind.GENO_UNION, union.id());
        Runnable add = () -> {
            List<UnionEvent> more = new ArrayList<>(union.events());
            more.add(new UnionEvent(type.getValue(), date.getText().trim()));
            model.patch(ref, Map.of(GenoUnion.Field.EVENTS, more));
        };
        date.setOnAction(event -> add.run());
        Button addButton = small("coupleEventAdd" + index, "genogram.couple.add", add);
        Button removeLast = small("coupleEventRemove" + index, "genogram.couple.removeLast", () -> model.patch(ref,
                Map.of(GenoUnion.Field.EVENTS, union.events().subList(0, Math.max(0, union.events().size() - 1)))));
        removeLast.setDisable(union.events().isEmpty());
        root.getChildren().addAll(history, row(type, date), new HBox(6, addButton, removeLast));
    }

    private RecordRef ref(RecordKind kind, UUID id) {
        return new RecordRef(kind, id, model.dossierId());
    }

    private String name(GenogramState state, UUID key) {
        return PersonNames.of(state, key, localization.get("genogram.unnamed"));
    }

    private Label heading(String key, Object... arguments) {
        Label label = new Label(localization.get(key, arguments));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static HBox row(javafx.scene.Node left, javafx.scene.Node right) {
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox row = new HBox(6, left, right);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private Button small(String id, String key, Runnable action) {
        Button button = new Button(localization.get(key));
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setTooltip(new Tooltip(localization.get(key)));
        button.setOnAction(event -> action.run());
        return button;
    }

    private <T extends Enum<T>> ComboBox<T> combo(String id, List<T> values, T initial) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(LabelledChoices.converter(values, value -> EnumLabels.label(localization, value)));
        box.setValue(initial);
        return box;
    }
}
