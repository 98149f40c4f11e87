package nl.keukentafel.gui.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.intake.common.IntakeSection;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeCheck;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.logic.intake.OpenItem;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.Intake;

/**
 * Self-reliance and network: what the family and its network can do, where help is needed, and the professionals the
 * rules of thumb miss, each with a "why not needed" that is kept in {@link Intake#ruleWaivers()}. A hint stays on
 * screen while its reason is typed, even after the check stops listing it. FX thread only.
 */
final class SelfRelianceSection implements IntakeSection {
    private final Localization localization;
    private final IntakeViewModel model;
    private final VBox hints = new VBox(6);
    private final Map<String, TextField> waiverFields = new LinkedHashMap<>();
    private final Map<String, String> hintTexts = new LinkedHashMap<>();
    private final Map<String, String> waivers = new LinkedHashMap<>();
    private final VBox root;
    private RecordFields fields;
    private AutosavedText familyCan;
    private AutosavedText networkCan;
    private AutosavedText helpNeeded;
    private final GridPane texts = new GridPane();

    SelfRelianceSection(Localization localization, IntakeViewModel model) {
        this.localization = localization;
        this.model = model;
        texts.setHgap(12);
        texts.getColumnConstraints().addAll(IntakeLayout.columns(33.3, 33.3, 33.4));
        hints.setId("professionalHints");
        root = new VBox(10, IntakeForms.heading(localization, "intake.section.selfReliance"), texts,
                IntakeForms.labelled(localization, "intake.professionals", hints));
        root.getStyleClass().add("intake-section");
        root.setId("selfRelianceSection");
        model.openItems().addListener((ListChangeListener<OpenItem>) change -> showHints());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(IntakeState state) {
        Intake intake = state.intake().orElseThrow();
        if (fields == null) {
            fields = new RecordFields(new RecordRef(RecordKind.INTAKE, intake.id(), intake.dossierId()), model);
            familyCan = fields.text(Intake.Field.FAMILY_CAN, intake.familyCan());
            networkCan = fields.text(Intake.Field.NETWORK_CAN, intake.networkCan());
            helpNeeded = fields.text(Intake.Field.HELP_NEEDED, intake.helpNeeded());
            texts.addRow(0, area(Intake.Field.FAMILY_CAN, "familyCan", familyCan), area(Intake.Field.NETWORK_CAN, "networkCan", networkCan),
                    area(Intake.Field.HELP_NEEDED, "helpNeeded", helpNeeded));
        } else {
            familyCan.showStored(intake.familyCan());
            networkCan.showStored(intake.networkCan());
            helpNeeded.showStored(intake.helpNeeded());
        }
        Map<String, String> stored = intake.ruleWaivers() == null ? Map.of() : intake.ruleWaivers();
        stored.forEach((key, reason) -> {
            TextField field = waiverFields.get(key);
            if (field == null || !field.isFocused()) {
                waivers.put(key, reason);
            }
        });
        showHints();
    }

    private Node area(String field, String id, AutosavedText text) {
        TextArea area = IntakeForms.area(id, text, 3);
        return IntakeForms.labelled(localization, "field." + field, area);
    }

    private void showHints() {
        if (fields == null) {
            return;
        }
        for (OpenItem item : model.openItems()) {
            if (item.category() == OpenItem.Category.PROFESSIONAL_MISSING) {
                hintTexts.put(waiverKey(item), localization.get(item.messageKey(), item.arguments().toArray()));
            }
        }
        List<String> keys = hintTexts.keySet().stream().filter(key -> waivers.containsKey(key) || isOpen(key)).toList();
        List<Node> rows = keys.stream().map(this::hintRow).toList();
        if (rows.isEmpty()) {
            hints.getChildren().setAll(IntakeForms.hint(localization, "intake.professionals.none"));
        } else if (!hints.getChildren().equals(rows)) {
            hints.getChildren().setAll(rows);
        }
    }

    private boolean isOpen(String key) {
        return model.openItems().stream().anyMatch(item -> item.category() == OpenItem.Category.PROFESSIONAL_MISSING
                && waiverKey(item).equals(key));
    }

    private Node hintRow(String key) {
        TextField field = waiverFields.computeIfAbsent(key, this::waiverField);
        if (!field.isFocused()) {
            field.setText(waivers.getOrDefault(key, ""));
        }
        return field.getParent() != null ? field.getParent() : row(key, field);
    }

    private Node row(String key, TextField field) {
        Label text = new Label(hintTexts.get(key));
        text.setWrapText(true);
        text.setPrefWidth(360);
        text.getStyleClass().add("intake-hint");
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(10, text, field);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TextField waiverField(String key) {
        TextField field = new TextField(waivers.getOrDefault(key, ""));
        field.setId("waiver-" + key.replace(':', '-'));
        field.setPromptText(localization.get("intake.waiver.prompt"));
        field.textProperty().addListener((observable, old, typed) -> {
            if (typed.equals(waivers.getOrDefault(key, ""))) {
                return;
            }
            if (typed.isBlank()) {
                waivers.remove(key);
            } else {
                waivers.put(key, typed);
            }
            fields.save(Intake.Field.RULE_WAIVERS, new LinkedHashMap<>(waivers));
        });
        return field;
    }

    private static String waiverKey(OpenItem item) {
        return IntakeCheck.waiverKey(item);
    }

    @Override
    public Optional<Node> editorOf(RecordRef ref, String field) {
        if (OpenItem.ADD_PROFESSIONAL.equals(field) || Intake.Field.RULE_WAIVERS.equals(field)) {
            return model.openItems().stream().filter(item -> item.category() == OpenItem.Category.PROFESSIONAL_MISSING
                    && item.target().equals(ref)).findFirst().map(item -> (Node) waiverFields.get(waiverKey(item)));
        }
        if (ref.kind() != RecordKind.INTAKE || texts.getChildren().isEmpty()) {
            return Optional.empty();
        }
        int column = switch (field) {
            case Intake.Field.FAMILY_CAN -> 0;
            case Intake.Field.NETWORK_CAN -> 1;
            case Intake.Field.HELP_NEEDED -> 2;
            default -> -1;
        };
        return column < 0 ? Optional.empty() : Optional.of(((VBox) texts.getChildren().get(column)).getChildren().get(1));
    }
}
