package nl.keukentafel.gui.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.plan.Agreement;
import nl.keukentafel.model.plan.ContactWay;
import nl.keukentafel.model.plan.PlanSnapshot;

/**
 * Coordination: the agreements (with whom, how, how often, the next date) and the involved people with their contact
 * details and days reachable, shown from the dossier's network and never retyped here. FX thread only.
 */
final class CoordinationSection implements PlanSection {
    private static final double[] COLUMNS = {34, 18, 22, 20, 6};

    private final Localization localization;
    private final PlanViewModel model;
    private final boolean editable;
    private final VBox root = new VBox(10);
    private final RecordRows<Agreement, AgreementRow> agreements;
    private final TableView<Contact> involved = new TableView<>();
    private Dossier shownDossier;

    CoordinationSection(Localization localization, PlanViewModel model, boolean editable) {
        this.localization = localization;
        this.model = model;
        this.editable = editable;
        agreements = new RecordRows<>(localization, "planscreen.agreement.none", Agreement::id, AgreementRow::new);
        Button add = RecordRows.addButton(localization, "addAgreementButton", "planscreen.agreement.add", model::addAgreement, editable);
        GridPane header = new GridPane();
        header.setHgap(8);
        header.getColumnConstraints().setAll(PlanLayout.columns(COLUMNS));
        header.addRow(0, PlanForms.hint(localization, "planscreen.agreement.withWhom"),
                PlanForms.hint(localization, "planscreen.agreement.how"), PlanForms.hint(localization, "planscreen.agreement.frequency"),
                PlanForms.hint(localization, "planscreen.agreement.nextOn"));
        involvedTable();
        root.getChildren().setAll(PlanForms.heading(localization, "planscreen.agreement.title"), header, agreements.root(), add,
                PlanForms.heading(localization, "planscreen.involved.title"), PlanForms.hint(localization, "planscreen.involved.hint"),
                involved);
        root.getStyleClass().add("plan-section");
    }

    private void involvedTable() {
        involved.setId("involvedTable");
        involved.getColumns().setAll(List.of(
                column("planscreen.involved.name", Contact::name, 0.2),
                column("planscreen.involved.relation",
                        contact -> join(contact.relation(), Contact.organisationBeside(contact.name(), contact.organisation())), 0.24),
                column("planscreen.involved.email", Contact::email, 0.2),
                column("planscreen.involved.phone", Contact::phone, 0.14),
                column("planscreen.involved.days", Contact::daysReachable, 0.2)));
        involved.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        involved.setPlaceholder(PlanForms.hint(localization, "planscreen.involved.none"));
        involved.setFixedCellSize(30);
    }

    private static String join(String first, String second) {
        boolean hasFirst = first != null && !first.isBlank();
        boolean hasSecond = second != null && !second.isBlank();
        return hasFirst && hasSecond ? first + " · " + second : hasFirst ? first : hasSecond ? second : "";
    }

    private TableColumn<Contact, String> column(String key, java.util.function.Function<Contact, String> value, double share) {
        TableColumn<Contact, String> column = new TableColumn<>(localization.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.prefWidthProperty().bind(involved.widthProperty().multiply(share));
        return column;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(PlanViewModel.Reading reading, PlanSnapshot shown) {
        agreements.show(shown.agreements());
        Dossier dossier = reading.plan().dossier();
        if (!dossier.equals(shownDossier)) {
            shownDossier = dossier;
            involved.getItems().setAll(dossier.contacts());
            involved.setPrefHeight(Math.max(2, dossier.contacts().size()) * 30 + 44);
        }
    }

    @Override
    public Optional<Node> editorOf(RecordRef ref) {
        return ref.kind() == RecordKind.PLAN_AGREEMENT ? agreements.editorOf(ref.id()) : Optional.empty();
    }

    /** One coordination agreement. */
    private final class AgreementRow implements RecordRows.Row<Agreement> {
        private final GridPane row = new GridPane();
        private final AutosavedText withWhom;
        private final AutosavedChoice<ContactWay> how;
        private final AutosavedText frequency;
        private final AutosavedText nextOn;
        private final TextField withWhomField;
        private final ComboBox<ContactWay> howBox;
        private final TextField frequencyField;
        private final VBox nextBox;
        private final Button delete;

        AgreementRow(Agreement agreement) {
            PlanFields fields = new PlanFields(new RecordRef(RecordKind.PLAN_AGREEMENT, agreement.id(), agreement.dossierId()),
                    model, editable);
            withWhom = fields.text(Agreement.Field.WITH_WHOM, agreement.withWhom());
            how = fields.choice(Agreement.Field.HOW, agreement.how());
            frequency = fields.text(Agreement.Field.FREQUENCY, agreement.frequency());
            nextOn = fields.date(Agreement.Field.NEXT_ON, agreement.nextOn());
            withWhomField = PlanForms.field(null, withWhom, editable);
            withWhomField.setPromptText(localization.get("planscreen.agreement.withWhom.prompt"));
            howBox = PlanForms.combo(null, Arrays.asList(ContactWay.values()),
                    value -> PlanLabels.label(localization, value), how, editable);
            frequencyField = PlanForms.field(null, frequency, editable);
            frequencyField.setPromptText(localization.get("planscreen.agreement.frequency.prompt"));
            nextBox = PlanForms.dateField(localization, null, "agreementNext", nextOn, editable);
            delete = RecordRows.deleteButton(localization, "planscreen.agreement.delete", () -> model.delete(fields.ref()), editable);
            row.setHgap(8);
            row.getColumnConstraints().setAll(PlanLayout.columns(COLUMNS));
            row.addRow(0, withWhomField, howBox, frequencyField, nextBox, delete);
            PlanLayout.top(row);
        }

        @Override
        public Node root() {
            return row;
        }

        @Override
        public Node firstField() {
            return withWhomField;
        }

        @Override
        public void show(Agreement stored) {
            withWhom.showStored(stored.withWhom());
            how.showStored(stored.how());
            frequency.showStored(stored.frequency());
            nextOn.showStored(stored.nextOn());
        }

        @Override
        public void number(int place) {
            String prefix = "agreement-" + place + "-";
            withWhomField.setId(prefix + "withWhom");
            howBox.setId(prefix + "how");
            frequencyField.setId(prefix + "frequency");
            nextBox.getChildren().get(0).setId(prefix + "next");
            delete.setId(prefix + "delete");
        }
    }
}
