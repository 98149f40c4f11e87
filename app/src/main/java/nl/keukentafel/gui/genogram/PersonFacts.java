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
 * choices and check boxes are a step at once. When the stored facts change underneath (a sync round, undo, redo),
 * {@link #refresh} shows them in every field the consultant is not at and has not changed since (see {@link ShownField}).
 * FX thread only.
 */
final class PersonFacts {
    private final GenogramViewModel model;
    private final Localization localization;
    private final Runnable backToDrawing;
    private final VBox root = new VBox(8);
    private final List<Node> fields = new ArrayList<>();
    private final List<ShownField<?>> shownFields = new ArrayList<>();
    private Label birth;
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
        birth = null;
        root.getChildren().clear();
        fields.clear();
        shownFields.clear();
    }

    /** The stored facts of the person shown, in the fields the consultant is not editing; the rest stays as it is. */
    void refresh(GenogramState state) {
        if (current == null || state == null || !present(state, current)) {
            return;
        }
        Optional<Member> member = memberOf(state, current);
        if (birth != null && member.isPresent()) {
            birth.setText(localization.get("genogram.born", blank(member.get().birthDate())));
        }
        GenoPerson facts = factsOf(state, current, member);
        for (ShownField<?> field : shownFields) {
            field.refresh(facts);
        }
    }

    private static boolean present(GenogramState state, UUID key) {
        return memberOf(state, key).isPresent() || state.persons().stream().anyMatch(person -> person.id().equals(key));
    }

    private static Optional<Member> memberOf(GenogramState state, UUID key) {
        return state.dossier().members().stream().filter(candidate -> candidate.id().equals(key)).findFirst();
    }

    /** A person's genogram facts; for a member without a facts record yet, an empty one. */
    private GenoPerson factsOf(GenogramState state, UUID key, Optional<Member> member) {
        return state.persons().stream().filter(person -> member.isPresent() ? key.equals(person.memberId())
                : person.id().equals(key)).findFirst().orElse(new GenoPerson(key, model.dossierId(), null, null, null, null,
                null, null, false, null, null, null, null, null, null, null));
    }

    private int shows;

    /** Fills the form for a person; for a member once its facts record exists. */
    void show(GenogramState state, UUID key) {
        clear();
        current = key;
        // a member's facts record arrives later; only the newest show may fill the form, or two quick shows add it twice
        int generation = ++shows;
        Optional<Member> member = memberOf(state, key);
        GenoPerson facts = factsOf(state, key, member);
        if (member.isPresent()) {
            Label hint = new Label(localization.get("genogram.memberHint"));
            hint.setId("personMemberHint");
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            hint.setWrapText(true);
            birth = new Label(localization.get("genogram.born", blank(member.get().birthDate())));
            root.getChildren().addAll(hint, birth);
            model.factsRef(key, ref -> {
                if (generation == shows && key.equals(current)) {
                    genogramFacts(ref, key, facts);
                }
            });
        } else {
            RecordRef ref = new RecordRef(nl.keukentafel.model.RecordKind.GENO_PERSON, key, model.dossierId());
            text(ref, "personGivenName", "field.givenName", GenoPerson.Field.GIVEN_NAME, facts, GenoPerson::givenName);
            text(ref, "personFamilyName", "field.familyName", GenoPerson.Field.FAMILY_NAME, facts, GenoPerson::familyName);
            choice("personGender", "field.gender", Arrays.asList(Gender.values()), facts, GenoPerson::gender,
                    gender -> localization.get("gender." + gender.name()), gender -> model.patchPerson(key,
                            Map.of(GenoPerson.Field.GENDER, gender)));
            text(ref, "personBirthDate", "field.birthDate", GenoPerson.Field.BIRTH_DATE, facts, GenoPerson::birthDate);
            genogramFacts(ref, key, facts);
        }
    }

    private void genogramFacts(RecordRef ref, UUID key, GenoPerson facts) {
        CheckBox deceased = new CheckBox(localization.get("field.deceased"));
        deceased.setId("personDeceased");
        deceased.setSelected(facts.deceased());
        ShownField<Boolean> field = new ShownField<>(deceased, GenoPerson::deceased, deceased::isSelected, deceased::setSelected,
                facts.deceased());
        deceased.selectedProperty().subscribe((was, now) -> {
            if (!field.filling()) {
                model.patchPerson(key, Map.of(GenoPerson.Field.DECEASED, now));
            }
        });
        root.getChildren().add(deceased);
        fields.add(deceased);
        shownFields.add(field);
        text(ref, "personDeathDate", "field.deathDate", GenoPerson.Field.DEATH_DATE, facts, GenoPerson::deathDate);
        choice("personKind", "field.personKind", Arrays.asList(PersonKind.values()), facts,
                person -> person.personKind() == null ? PersonKind.PERSON : person.personKind(),
                kind -> EnumLabels.label(localization, kind), kind -> model.patchPerson(key, Map.of(GenoPerson.Field.PERSON_KIND, kind)));
        text(ref, "personTwinGroup", "field.multipleBirthGroup", GenoPerson.Field.MULTIPLE_BIRTH_GROUP, facts,
                GenoPerson::multipleBirthGroup);
        choice("personTwinKind", "field.twinKind", Arrays.asList(TwinKind.values()), facts, GenoPerson::twinKind,
                kind -> EnumLabels.label(localization, kind), kind -> model.patchPerson(key, Map.of(GenoPerson.Field.TWIN_KIND, kind)));
        text(ref, "personNote", "field.note", GenoPerson.Field.NOTE, facts, GenoPerson::note);
    }

    private void text(RecordRef ref, String id, String labelKey, String field, GenoPerson facts, Function<GenoPerson, String> read) {
        Function<GenoPerson, String> stored = person -> read.apply(person) == null ? "" : read.apply(person);
        TextField text = new TextField(stored.apply(facts));
        text.setId(id);
        String[] before = {text.getText()};
        ShownField<String> shown = new ShownField<>(text, stored, text::getText, value -> {
            text.setText(value);
            before[0] = value;
        }, text.getText());
        shownFields.add(shown);
        text.textProperty().subscribe((was, typed) -> {
            if (!shown.filling()) {
                model.type(ref, field, typed);
            }
        });
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

    private <T> void choice(String id, String labelKey, List<T> values, GenoPerson facts, Function<GenoPerson, T> stored,
                            Function<T, String> label, java.util.function.Consumer<T> chosen) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(LabelledChoices.converter(values, value -> label.apply(value)));
        box.setValue(stored.apply(facts));
        ShownField<T> shown = new ShownField<>(box, stored, box::getValue, box::setValue, box.getValue());
        shownFields.add(shown);
        box.valueProperty().subscribe((was, now) -> {
            if (now != null && !now.equals(was) && !shown.filling()) {
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
