package nl.keukentafel.gui.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.intake.common.IntakeSection;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;
import nl.keukentafel.model.intake.IntakeMember;
import nl.keukentafel.model.intake.NotSpokenReason;
import nl.keukentafel.model.intake.SpokenStatus;

/**
 * The family members: per member whether they were spoken with (and if not, why) and their request for help in their
 * own words. Rows are kept while the screen lives, so a refresh never takes the field being typed in away. FX thread only.
 */
final class MembersSection implements IntakeSection {
    /** One member's row and its controls, for jumping to a field. */
    private record Row(MemberLineViewModel line, UUID memberId, Label name, Node root, ComboBox<SpokenStatus> spoken,
                       ComboBox<NotSpokenReason> reason, TextField reasonNote, TextArea request) {
    }

    private final Localization localization;
    private final IntakeViewModel model;
    private final Map<UUID, Row> rows = new LinkedHashMap<>();
    private final VBox list = new VBox(12);
    private final VBox root;

    MembersSection(Localization localization, IntakeViewModel model) {
        this.localization = localization;
        this.model = model;
        list.setId("intakeMembers");
        root = new VBox(10, IntakeForms.heading(localization, "intake.section.members"),
                IntakeForms.hint(localization, "intake.members.hint"), list);
        root.getStyleClass().add("intake-section");
        root.setId("membersSection");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(IntakeState state) {
        List<Node> ordered = new ArrayList<>();
        int index = 0;
        for (Member member : state.dossier().members()) {
            Optional<IntakeMember> line = state.memberLine(member.id());
            if (line.isEmpty()) {
                continue;
            }
            Row row = rows.get(line.get().id());
            if (row == null) {
                row = row(line.get(), member, index);
                rows.put(line.get().id(), row);
            } else {
                row.line().showStored(line.get());
            }
            row.name().setText(describe(member, state));
            ordered.add(row.root());
            index++;
        }
        if (!list.getChildren().equals(ordered)) {
            list.getChildren().setAll(ordered);
        }
    }

    private String describe(Member member, IntakeState state) {
        String text = IntakeTexts.nameWithAge(localization, member, model.todayDate());
        String role = EnumLabels.label(localization, EnumLabels.ROLE, member.role());
        String where = member.residence() == Residence.ELSEWHERE ? " · " + EnumLabels.label(localization, EnumLabels.RESIDENCE,
                Residence.ELSEWHERE) : "";
        return text + "\n" + role + where;
    }

    private Row row(IntakeMember stored, Member member, int index) {
        MemberLineViewModel line = new MemberLineViewModel(stored, model);
        Label name = new Label();
        name.getStyleClass().add("intake-member-name");
        name.setMinWidth(190);
        name.setPrefWidth(190);
        ComboBox<SpokenStatus> spoken = IntakeForms.combo("memberSpoken-" + index, Arrays.asList(SpokenStatus.values()),
                value -> EnumLabels.label(localization, value), line.spoken());
        spoken.setPromptText(localization.get("field." + IntakeMember.Field.SPOKEN));
        spoken.setPrefWidth(170);
        ComboBox<NotSpokenReason> reason = IntakeForms.combo("memberReason-" + index, Arrays.asList(NotSpokenReason.values()),
                value -> EnumLabels.label(localization, value), line.reason());
        reason.setPromptText(localization.get("field." + IntakeMember.Field.NOT_SPOKEN_REASON));
        reason.setPrefWidth(170);
        TextField note = IntakeForms.field("memberReasonNote-" + index, line.reasonNote());
        note.setPromptText(localization.get("field." + IntakeMember.Field.REASON_NOTE));
        HBox.setHgrow(note, Priority.ALWAYS);
        // the reason only matters when the member was not (fully) spoken with; hidden it costs no Tab stops
        reason.visibleProperty().bind(line.spoken().valueProperty().map(value -> value != SpokenStatus.SPOKEN).orElse(false));
        reason.managedProperty().bind(reason.visibleProperty());
        note.visibleProperty().bind(reason.visibleProperty());
        note.managedProperty().bind(reason.visibleProperty());
        TextArea request = IntakeForms.area("memberRequest-" + index, line.requestForHelp(), 2);
        request.setPromptText(localization.get("field." + IntakeMember.Field.REQUEST_FOR_HELP));
        HBox top = new HBox(10, spoken, reason, note);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox fields = new VBox(6, top, request);
        HBox.setHgrow(fields, Priority.ALWAYS);
        HBox rowBox = new HBox(12, name, fields);
        rowBox.getStyleClass().add("intake-member-row");
        rowBox.setId("intakeMember-" + index);
        return new Row(line, member.id(), name, rowBox, spoken, reason, note, request);
    }

    @Override
    public Optional<Node> editorOf(RecordRef ref, String field) {
        Optional<Row> row = rows.values().stream().filter(candidate -> candidate.line().ref().equals(ref)
                || ref.kind() == RecordKind.MEMBER && candidate.memberId().equals(ref.id())).findFirst();
        if (row.isEmpty() || ref.kind() != RecordKind.INTAKE_MEMBER && !field.equals(IntakeMember.Field.SPOKEN)) {
            return Optional.empty();
        }
        Row found = row.get();
        return Optional.of(switch (field) {
            case IntakeMember.Field.NOT_SPOKEN_REASON -> found.reason().isVisible() ? found.reason() : found.spoken();
            case IntakeMember.Field.REASON_NOTE -> found.reasonNote().isVisible() ? found.reasonNote() : found.spoken();
            case IntakeMember.Field.REQUEST_FOR_HELP -> found.request();
            default -> found.spoken();
        });
    }
}
