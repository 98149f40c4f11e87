package nl.keukentafel.gui.plan;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.GoalStatus;
import nl.keukentafel.model.plan.VoicedBy;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The opened part of a goal: for the whole family or named members (check boxes), the life domains of the intake's
 * list, who voiced it, the target date, the stop reason (when stopped), and its "wie doet wat" lines. FX thread only.
 */
final class GoalDetails {
    private final Localization localization;
    private final PlanFields fields;
    private final VBox root = new VBox(10);
    private final CheckBox whole;
    private final FlowPane members = new FlowPane(12, 6);
    private final FlowPane domains = new FlowPane(12, 6);
    private final Map<UUID, CheckBox> memberBoxes = new LinkedHashMap<>();
    private final Map<String, CheckBox> domainBoxes = new LinkedHashMap<>();
    private final AutosavedChoice<VoicedBy> voicedBy;
    private final ComboBox<VoicedBy> voicedByBox;
    private final AutosavedText voicedByName;
    private final TextField voicedByNameField;
    private final AutosavedText targetDate;
    private final VBox targetBox;
    private final AutosavedText stopReason;
    private final VBox stopBox;
    private final TextField stopField;
    private final VBox actionLines = new VBox(6);
    private final Button addAction;
    private final Label noActions;
    private boolean showing;

    GoalDetails(Localization localization, PlanViewModel model, PlanFields fields, Goal goal, Runnable addActionNow) {
        this.localization = localization;
        this.fields = fields;
        boolean editable = fields.editable();
        whole = new CheckBox(localization.get("planscreen.wholeFamily"));
        whole.selectedProperty().addListener((observable, was, now) -> wholeChosen(now));
        PlanForms.readOnly(whole, editable);
        voicedBy = fields.choice(Goal.Field.VOICED_BY, goal.voicedBy());
        voicedByBox = PlanForms.combo(null, Arrays.asList(VoicedBy.values()),
                value -> PlanLabels.label(localization, value), voicedBy, editable);
        voicedByName = fields.text(Goal.Field.VOICED_BY_NAME, goal.voicedByName());
        voicedByNameField = PlanForms.field(null, voicedByName, editable);
        voicedByNameField.setPromptText(localization.get("planscreen.goal.voicedByName.prompt"));
        targetDate = fields.date(Goal.Field.TARGET_DATE, goal.targetDate());
        targetBox = PlanForms.dateField(localization, "planscreen.goal.targetDate", "goalTarget", targetDate, editable);
        stopReason = fields.text(Goal.Field.STOP_REASON, goal.stopReason());
        stopField = PlanForms.field(null, stopReason, editable);
        stopBox = PlanForms.labelled(localization, "planscreen.goal.stopReason", stopField);
        stopBox.getChildren().add(fields.problem(Goal.Field.STOP_REASON));
        targetBox.getChildren().add(fields.problem(Goal.Field.TARGET_DATE));
        stopBox.managedProperty().bind(stopBox.visibleProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.getColumnConstraints().setAll(PlanLayout.columns(22, 30, 18, 30));
        grid.addRow(0, PlanForms.labelled(localization, "planscreen.goal.voicedBy", voicedByBox),
                PlanForms.labelled(localization, "planscreen.goal.voicedByName", voicedByNameField), targetBox, stopBox);
        members.getChildren().add(whole);
        addAction = new Button(localization.get("planscreen.action.add"), Icons.of(Material2AL.ADD));
        addAction.getStyleClass().add(Styles.SMALL);
        addAction.setTooltip(new Tooltip(localization.get("planscreen.action.add.tooltip")));
        addAction.setOnAction(event -> addActionNow.run());
        addAction.setVisible(editable);
        addAction.managedProperty().bind(addAction.visibleProperty());
        noActions = PlanForms.hint(localization, "planscreen.action.none");
        GridPane header = new GridPane();
        header.getColumnConstraints().setAll(PlanLayout.columns(ActionRow.COLUMNS));
        header.setHgap(8);
        header.addRow(0, caption("planscreen.action.who"), caption("planscreen.action.what"), caption("planscreen.action.due"),
                caption("planscreen.action.status"), caption("planscreen.action.note"));
        Label actionsTitle = new Label(localization.get("planscreen.action.title"));
        actionsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        root.getChildren().setAll(
                PlanForms.labelled(localization, "planscreen.goal.members", members),
                PlanForms.labelled(localization, "planscreen.goal.domains", domains),
                grid, actionsTitle, header, actionLines, noActions, addAction);
        root.getStyleClass().add("plan-goal-details");
    }

    private Label caption(String key) {
        Label label = new Label(localization.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    /** The target date's text field. */
    Node targetField() {
        return targetBox.getChildren().get(1);
    }

    void number(int place) {
        String suffix = "-" + place;
        root.setId("goalDetails" + suffix);
        whole.setId("goalWhole" + suffix);
        voicedByBox.setId("goalVoicedBy" + suffix);
        voicedByNameField.setId("goalVoicedByName" + suffix);
        targetBox.getChildren().get(1).setId("goalTarget" + suffix);
        targetBox.getChildren().get(2).setId("goalTarget" + suffix + "Problem");
        stopField.setId("goalStopReason" + suffix);
        addAction.setId("addAction" + suffix);
        memberBoxes.forEach((id, box) -> box.setId("goalMember" + suffix + "-" + box.getText()));
        domainBoxes.forEach((code, box) -> box.setId("goalDomain" + suffix + "-" + code));
    }

    void show(PlanViewModel.Reading reading, Goal goal) {
        showing = true;
        try {
            showMembers(reading.plan().dossier().members(), goal);
            showDomains(reading.intake(), goal);
            voicedBy.showStored(goal.voicedBy());
            voicedByName.showStored(goal.voicedByName());
            targetDate.showStored(goal.targetDate());
            stopReason.showStored(goal.stopReason());
            stopVisible(goal.status());
        } finally {
            showing = false;
        }
    }

    /** A stopped goal asks for its reason at once; a reason once typed stays visible. */
    void stopVisible(GoalStatus status) {
        stopBox.setVisible(status == GoalStatus.STOPPED || !stopReason.text().isBlank());
    }

    private void showMembers(List<Member> dossierMembers, Goal goal) {
        if (memberBoxes.size() != dossierMembers.size()) {
            memberBoxes.clear();
            members.getChildren().setAll(whole);
            for (Member member : dossierMembers) {
                CheckBox box = new CheckBox(PlanPeople.name(member));
                box.selectedProperty().addListener((observable, was, now) -> membersChosen(member.id(), now));
                PlanForms.readOnly(box, fields.editable());
                memberBoxes.put(member.id(), box);
                members.getChildren().add(box);
            }
            String id = root.getId();
            if (id != null) {
                number(Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)));
            }
        }
        whole.setSelected(goal.memberIds().isEmpty());
        memberBoxes.forEach((id, box) -> box.setSelected(goal.memberIds().contains(id)));
    }

    private void showDomains(nl.keukentafel.logic.intake.IntakeState intake, Goal goal) {
        List<DomainList.DomainDefinition> list = intake == null ? List.of()
                : intake.intake().map(read -> read.domainList().domains()).orElse(List.of());
        if (domainBoxes.size() != list.size()) {
            domainBoxes.clear();
            domains.getChildren().clear();
            for (DomainList.DomainDefinition domain : list) {
                CheckBox box = new CheckBox(domain.label(localization.locale()));
                box.selectedProperty().addListener((observable, was, now) -> domainsChosen());
                PlanForms.readOnly(box, fields.editable());
                domainBoxes.put(domain.code(), box);
                domains.getChildren().add(box);
            }
            if (list.isEmpty()) {
                domains.getChildren().add(PlanForms.hint(localization, "planscreen.goal.noDomains"));
            }
            CheckBoxGroup.oneTabStop(List.copyOf(domainBoxes.values()));
            String id = root.getId();
            if (id != null) {
                // the new boxes get their ids ("goalDomain-1-financien") as the member boxes do
                number(Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)));
            }
        }
        domainBoxes.forEach((code, box) -> box.setSelected(goal.domainCodes().contains(code)));
    }

    private void wholeChosen(boolean chosen) {
        if (showing) {
            return;
        }
        if (chosen) {
            showing = true;
            memberBoxes.values().forEach(box -> box.setSelected(false));
            showing = false;
            fields.save(Goal.Field.MEMBER_IDS, List.of());
        } else if (memberBoxes.values().stream().noneMatch(CheckBox::isSelected)) {
            showing = true;
            whole.setSelected(true);
            showing = false;
        }
    }

    private void membersChosen(UUID member, boolean chosen) {
        if (showing) {
            return;
        }
        List<UUID> chosenIds = new ArrayList<>();
        memberBoxes.forEach((id, box) -> {
            if (box.isSelected()) {
                chosenIds.add(id);
            }
        });
        showing = true;
        whole.setSelected(chosenIds.isEmpty());
        showing = false;
        fields.save(Goal.Field.MEMBER_IDS, chosenIds);
    }

    private void domainsChosen() {
        if (showing) {
            return;
        }
        List<String> codes = new ArrayList<>();
        domainBoxes.forEach((code, box) -> {
            if (box.isSelected()) {
                codes.add(code);
            }
        });
        fields.save(Goal.Field.DOMAIN_CODES, codes);
    }

    void actions(List<Node> lines) {
        if (!actionLines.getChildren().equals(lines)) {
            actionLines.getChildren().setAll(lines);
        }
        noActions.setVisible(lines.isEmpty());
        noActions.setManaged(lines.isEmpty());
    }

    Node root() {
        return root;
    }
}
