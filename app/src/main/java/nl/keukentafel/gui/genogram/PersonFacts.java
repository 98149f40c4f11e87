package nl.keukentafel.gui.genogram;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.LabelledChoices;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.PersonKind;
import nl.keukentafel.model.genogram.TwinKind;

/**
 * The form of one person's facts. A relative's name, gender and birth date are edited here; a member's are shown read
 * only (they belong to the members tab). Text is kept as typed and becomes one undoable step when the field is left;
 * choices and check boxes are a step at once. FX thread only.
 */
final class PersonFacts {
    private final GenogramViewModel model;
    private final Localization localization;
    private final Runnable backToDrawing;
    private final VBox root = new VBox(8);
    private final List<Node> fields = new ArrayList<>();
    /** The person the form is for; a facts record answered late for someone else is ignored. */
    private UUID current;

    PersonFacts(GenogramViewModel model, Localization localization, Runnable backToDrawing) {
        this.model = model;
        this.localization = localization;
        this.backToDrawing = backToDrawing;
    }

    VBox root() {
        return root;
    }

    Optional<Node> firstField() {
        return fields.stream().findFirst();
    }

    void clear() {
        current = null;
        root.getChildren().clear();
        fields.clear();
    }

    private int shows;

    /** Fills the form for a person; for a member once its facts record exists. */
    void show(GenogramState state, UUID key) {
        clear();
        current = key;
        // a member's facts record arrives later; only the newest show may fill the form, or two quick shows add it twice
        int generation = ++shows;
        Optional<Member> member = state.dossier().members().stream().filter(candidate -> candidate.id().equals(key)).findFirst();
        GenoPerson facts = state.persons().stream().filter(person -> member.isPresent() ? key.equals(person.memberId())
                : person.id().equals(key)).findFirst().orElse(new GenoPerson(key, model.dossierId(), null, null, null, null,
                null, null, false, null, null, null, null, null, null, null));
        if (member.isPresent()) {
            Label hint = new Label(localization.get("genogram.memberHint"));
            hint.setId("personMemberHint");
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            hint.setWrapText(true);
            Label birth = new Label(localization.get("genogram.born", blank(member.get().birthDate())));
            root.getChildren().addAll(hint, birth);
            model.factsRef(key, ref -> {
                if (generation == shows && key.equals(current)) {
                    genogramFacts(ref, key, facts);
                }
            });
        } else {
            RecordRef ref = new RecordRef(nl.keukentafel.model.RecordKind.GENO_PERSON, key, model.dossierId());
            text(ref, "personGivenName", "field.givenName", GenoPerson.Field.GIVEN_NAME, facts.givenName());
            text(ref, "personFamilyName", "field.familyName", GenoPerson.Field.FAMILY_NAME, facts.familyName());
            choice("personGender", "field.gender", Arrays.asList(Gender.values()), facts.gender(),
                    gender -> localization.get("gender." + gender.name()), gender -> model.patchPerson(key,
                            Map.of(GenoPerson.Field.GENDER, gender)));
            text(ref, "personBirthDate", "field.birthDate", GenoPerson.Field.BIRTH_DATE, facts.birthDate());
            genogramFacts(ref, key, facts);
        }
    }

    private void genogramFacts(RecordRef ref, UUID key, GenoPerson facts) {
        CheckBox deceased = new CheckBox(localization.get("field.deceased"));
        deceased.setId("personDeceased");
        deceased.setSelected(facts.deceased());
        deceased.selectedProperty().subscribe((was, now) -> model.patchPerson(key, Map.of(GenoPerson.Field.DECEASED, now)));
        root.getChildren().add(deceased);
        fields.add(deceased);
        text(ref, "personDeathDate", "field.deathDate", GenoPerson.Field.DEATH_DATE, facts.deathDate());
        choice("personKind", "field.personKind", Arrays.asList(PersonKind.values()), facts.personKind() == null ? PersonKind.PERSON
                : facts.personKind(), kind -> EnumLabels.label(localization, kind), kind -> model.patchPerson(key,
                Map.of(GenoPerson.Field.PERSON_KIND, kind)));
        text(ref, "personTwinGroup", "field.multipleBirthGroup", GenoPerson.Field.MULTIPLE_BIRTH_GROUP, facts.multipleBirthGroup());
        choice("personTwinKind", "field.twinKind", Arrays.asList(TwinKind.values()), facts.twinKind(),
                kind -> EnumLabels.label(localization, kind), kind -> model.patchPerson(key, Map.of(GenoPerson.Field.TWIN_KIND, kind)));
        text(ref, "personNote", "field.note", GenoPerson.Field.NOTE, facts.note());
    }

    private void text(RecordRef ref, String id, String labelKey, String field, String stored) {
        TextField text = new TextField(stored == null ? "" : stored);
        text.setId(id);
        String[] before = {text.getText()};
        text.textProperty().subscribe((was, typed) -> model.type(ref, field, typed));
        text.focusedProperty().subscribe((was, focused) -> {
            if (!focused) {
                model.textTyped(ref, field, before[0], text.getText());
                before[0] = text.getText();
            }
        });
        text.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                backToDrawing.run();
            }
        });
        add(labelKey, text);
    }

    private <T> void choice(String id, String labelKey, List<T> values, T stored, Function<T, String> label,
                            java.util.function.Consumer<T> chosen) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(LabelledChoices.converter(values, value -> label.apply(value)));
        box.setValue(stored);
        box.valueProperty().subscribe((was, now) -> {
            if (now != null && !now.equals(was)) {
                chosen.accept(now);
            }
        });
        add(labelKey, box);
    }

    private void add(String labelKey, Node control) {
        Label label = new Label(localization.get(labelKey));
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        root.getChildren().add(new VBox(4, label, control));
        fields.add(control);
    }

    private String blank(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
