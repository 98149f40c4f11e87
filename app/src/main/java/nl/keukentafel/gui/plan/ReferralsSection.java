package nl.keukentafel.gui.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.FgpOutcome;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.PlanSnapshot;
import nl.keukentafel.model.plan.Referral;

/**
 * Referrals and decisions (verwijzing, beschikking: provider, kind, requested, granted, period), and the offer of a
 * familiegroepsplan (offered on, taken up or declined, why). FX thread only.
 */
final class ReferralsSection implements PlanSection {
    private static final double[] COLUMNS = {22, 18, 13, 13, 13, 13, 8};

    private final Localization localization;
    private final PlanViewModel model;
    private final boolean editable;
    private final VBox root = new VBox(10);
    private final RecordRows<Referral, ReferralRow> referrals;
    private final PlanFields planFields;
    private AutosavedText fgpOffered;
    private AutosavedChoice<FgpOutcome> fgpOutcome;
    private AutosavedText fgpReason;
    private final VBox fgp = new VBox(6);

    ReferralsSection(Localization localization, PlanViewModel model, boolean editable) {
        this.localization = localization;
        this.model = model;
        this.editable = editable;
        this.planFields = new PlanFields(PlanIds.plan(model.dossierId()), model, editable);
        referrals = new RecordRows<>(localization, "planscreen.referral.none", Referral::id, ReferralRow::new);
        Button add = RecordRows.addButton(localization, "addReferralButton", "planscreen.referral.add", model::addReferral, editable);
        GridPane header = new GridPane();
        header.setHgap(8);
        header.getColumnConstraints().setAll(PlanLayout.columns(COLUMNS));
        int column = 0;
        for (String key : List.of("planscreen.referral.provider", "planscreen.referral.kind", "planscreen.referral.requested",
                "planscreen.referral.granted", "planscreen.referral.from", "planscreen.referral.until")) {
            header.add(PlanForms.hint(localization, key), column++, 0);
        }
        root.getChildren().setAll(PlanForms.heading(localization, "planscreen.referral.title"), header, referrals.root(), add,
                PlanForms.heading(localization, "planscreen.fgp.title"), PlanForms.hint(localization, "planscreen.fgp.hint"), fgp);
        root.getStyleClass().add("plan-section");
    }

    private void buildFgp(Plan plan) {
        fgpOffered = planFields.date(Plan.Field.FGP_OFFERED_ON, plan.fgpOfferedOn());
        fgpOutcome = planFields.choice(Plan.Field.FGP_OUTCOME, plan.fgpOutcome());
        fgpReason = planFields.text(Plan.Field.FGP_REASON, plan.fgpReason());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.getColumnConstraints().setAll(PlanLayout.columns(20, 25, 55));
        grid.addRow(0, PlanForms.dateField(localization, "planscreen.fgp.offeredOn", "planFgpOffered", fgpOffered, editable),
                PlanForms.labelled(localization, "planscreen.fgp.outcome", PlanForms.combo("planFgpOutcome",
                        Arrays.asList(FgpOutcome.values()), value -> PlanLabels.label(localization, value),
                        fgpOutcome, editable)),
                PlanForms.labelled(localization, "planscreen.fgp.reason", PlanForms.field("planFgpReason", fgpReason, editable)));
        fgp.getChildren().setAll(grid);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(PlanViewModel.Reading reading, PlanSnapshot shown) {
        referrals.show(shown.referrals());
        Plan plan = shown.plan();
        if (plan == null) {
            return;
        }
        if (fgpOffered == null) {
            buildFgp(plan);
        } else {
            fgpOffered.showStored(plan.fgpOfferedOn());
            fgpOutcome.showStored(plan.fgpOutcome());
            fgpReason.showStored(plan.fgpReason());
        }
    }

    @Override
    public Optional<Node> editorOf(RecordRef ref) {
        return ref.kind() == RecordKind.PLAN_REFERRAL ? referrals.editorOf(ref.id()) : Optional.empty();
    }

    /** One referral or decision. */
    private final class ReferralRow implements RecordRows.Row<Referral> {
        private final GridPane row = new GridPane();
        private final AutosavedText[] texts;
        private final Node[] controls;
        private final Button delete;
        private static final String[] NAMES = {"provider", "kind", "requested", "granted", "from", "until"};

        ReferralRow(Referral referral) {
            PlanFields fields = new PlanFields(new RecordRef(RecordKind.PLAN_REFERRAL, referral.id(), referral.dossierId()),
                    model, editable);
            texts = new AutosavedText[] {
                fields.text(Referral.Field.PROVIDER, referral.provider()),
                fields.text(Referral.Field.KIND, referral.kind()),
                fields.date(Referral.Field.REQUESTED_ON, referral.requestedOn()),
                fields.date(Referral.Field.GRANTED_ON, referral.grantedOn()),
                fields.date(Referral.Field.VALID_FROM, referral.validFrom()),
                fields.date(Referral.Field.VALID_UNTIL, referral.validUntil())};
            controls = new Node[texts.length];
            for (int index = 0; index < texts.length; index++) {
                controls[index] = index < 2 ? PlanForms.field(null, texts[index], editable)
                        : PlanForms.dateField(localization, null, "referral", texts[index], editable);
            }
            ((TextField) controls[0]).setPromptText(localization.get("planscreen.referral.provider.prompt"));
            ((TextField) controls[1]).setPromptText(localization.get("planscreen.referral.kind.prompt"));
            delete = RecordRows.deleteButton(localization, "planscreen.referral.delete", () -> model.delete(fields.ref()), editable);
            row.setHgap(8);
            row.getColumnConstraints().setAll(PlanLayout.columns(COLUMNS));
            row.addRow(0, controls);
            row.add(delete, controls.length, 0);
            PlanLayout.top(row);
        }

        @Override
        public Node root() {
            return row;
        }

        @Override
        public Node firstField() {
            return controls[0];
        }

        @Override
        public void show(Referral stored) {
            String[] values = {stored.provider(), stored.kind(), stored.requestedOn(), stored.grantedOn(), stored.validFrom(),
                stored.validUntil()};
            for (int index = 0; index < values.length; index++) {
                texts[index].showStored(values[index]);
            }
        }

        @Override
        public void number(int place) {
            for (int index = 0; index < controls.length; index++) {
                Node field = controls[index] instanceof VBox box ? box.getChildren().get(0) : controls[index];
                field.setId("referral-" + place + "-" + NAMES[index]);
            }
            delete.setId("referral-" + place + "-delete");
        }
    }
}
