package nl.keukentafel.gui.evaluation;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.intake.common.SectionForm;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.plan.RegiePhase;
import nl.keukentafel.model.plan.ScaleDirection;
import nl.keukentafel.model.plan.ScaleTarget;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * "Escalatie": the Zeeland regiekaart phase history, scaling up or down, and partners not keeping agreements; each a
 * list, newest first, with a button to add one. Rebuilt only when records come or go. FX thread only.
 */
final class EscalationSection {
    private final Localization localization;
    private final VBox phases = new VBox(10);
    private final VBox scalings = new VBox(10);
    private final VBox issues = new VBox(10);
    private final VBox root;
    private List<Object> shownShape = List.of();

    EscalationSection(Localization localization, EvaluationViewModel model) {
        this.localization = localization;
        Label heading = new Label(localization.get("evalscreen.escalation"));
        heading.getStyleClass().addAll(Styles.TITLE_3, "section-heading");
        root = new VBox(10, heading, Controls.muted(localization.get("evalscreen.escalation.intro")),
                part("evalscreen.phase", "addPhaseButton", "evalscreen.phase.add", model::addPhase), phases,
                part("evalscreen.scaling", "addScalingButton", "evalscreen.scaling.add", model::addScaling), scalings,
                part("evalscreen.issue", "addIssueButton", "evalscreen.issue.add", model::addIssue), issues);
        root.setId("escalationSection");
        root.getStyleClass().add("intake-section");
    }

    private HBox part(String titleKey, String buttonId, String buttonKey, Runnable add) {
        Button button = new Button(localization.get(buttonKey), Icons.of(Material2AL.ADD));
        button.setId(buttonId);
        button.getStyleClass().add(Styles.SMALL);
        button.setOnAction(event -> add.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, Controls.heading(localization, titleKey), spacer, button);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    VBox root() {
        return root;
    }

    void show(EvaluationViewModel.Shown shown) {
        List<Object> shape = new ArrayList<>();
        shown.phases().forEach(phase -> shape.add(phase.ref().id()));
        shape.add("|");
        shown.scalings().forEach(scaling -> shape.add(scaling.ref().id()));
        shape.add("|");
        shown.issues().forEach(issue -> shape.add(issue.ref().id()));
        shape.add(shown.plan().dossier().contacts().stream().map(Contact::id).toList());
        if (shape.equals(shownShape)) {
            return;
        }
        shownShape = shape;
        phases.getChildren().setAll(shown.phases().reversed().stream().map(this::phase).toList());
        scalings.getChildren().setAll(shown.scalings().reversed().stream().map(this::scaling).toList());
        List<Contact> contacts = shown.plan().dossier().contacts();
        issues.getChildren().setAll(shown.issues().reversed().stream().map(issue -> issue(issue, contacts)).toList());
        empty(phases, "noPhases");
        empty(scalings, "noScalings");
        empty(issues, "noIssues");
    }

    private void empty(VBox list, String id) {
        if (list.getChildren().isEmpty()) {
            Label none = Controls.muted(localization.get("evalscreen.none"));
            none.setId(id);
            list.getChildren().add(none);
        }
    }

    private VBox phase(PhaseModel model) {
        String suffix = "-" + model.ref().id();
        SectionForm form = new SectionForm(localization);
        form.choice("evalscreen.field.phase", "phase" + suffix, Arrays.asList(RegiePhase.values()), model.phase());
        form.marked("evalscreen.field.since", "phaseSince" + suffix, model.since());
        form.area("evalscreen.field.phaseReason", "phaseReason" + suffix, model.reason());
        form.text("evalscreen.field.casusregie", "casusregie" + suffix, model.casusregie());
        form.text("evalscreen.field.procesregie", "procesregie" + suffix, model.procesregie());
        return card("phaseCard" + suffix, form);
    }

    private VBox scaling(ScalingModel model) {
        String suffix = "-" + model.ref().id();
        SectionForm form = new SectionForm(localization);
        form.choice("evalscreen.field.direction", "scaleDirection" + suffix, Arrays.asList(ScaleDirection.values()), model.direction());
        form.choice("evalscreen.field.target", "scaleTarget" + suffix, Arrays.asList(ScaleTarget.values()), model.target());
        form.text("evalscreen.field.targetName", "scaleTargetName" + suffix, model.targetName());
        form.marked("evalscreen.field.on", "scaleOn" + suffix, model.on());
        form.area("evalscreen.field.why", "scaleWhy" + suffix, model.why());
        form.area("evalscreen.field.outcome", "scaleOutcome" + suffix, model.outcome());
        return card("scalingCard" + suffix, form);
    }

    private VBox issue(IssueModel model, List<Contact> contacts) {
        String suffix = "-" + model.ref().id();
        SectionForm form = new SectionForm(localization);
        List<UUID> ids = contacts.stream().map(Contact::id).toList();
        ComboBox<UUID> who = Controls.choice(localization, "issueContact" + suffix, ids, id -> contacts.stream()
                .filter(contact -> contact.id().equals(id)).findFirst().map(ContactNames::of).orElse("?"),
                model.contact());
        form.half(form.labelled("evalscreen.field.partner", who, null));
        form.marked("evalscreen.field.referrerToldOn", "issueReferrerToldOn" + suffix, model.referrerToldOn());
        form.area("evalscreen.field.happened", "issueHappened" + suffix, model.happened());
        form.area("evalscreen.field.regisseurDid", "issueRegisseurDid" + suffix, model.regisseurDid());
        return card("issueCard" + suffix, form);
    }

    private static VBox card(String id, SectionForm form) {
        VBox card = new VBox(form.grid());
        card.setId(id);
        card.getStyleClass().add("evaluation-card");
        return card;
    }
}
