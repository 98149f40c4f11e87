package nl.keukentafel.gui.dossier;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.keukentafel.gui.common.TextFieldEditor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Family;

/** The household tab: name, address, next visit, and the one named regisseur. FX thread only. */
final class FamilyPane {
    private final Localization localization;
    private final DossierViewModel model;
    private final ScrollPane root;
    private final TextFieldEditor householdName;
    private final java.util.Map<String, TextFieldEditor> editors = new java.util.HashMap<>();

    FamilyPane(Localization localization, DossierViewModel model) {
        this.localization = localization;
        this.model = model;
        householdName = editor(Family.Field.HOUSEHOLD_NAME, "familyHouseholdName");
        GridPane household = DossierForms.grid();
        TextFieldEditor nextVisit = editor(Family.Field.NEXT_VISIT, "familyNextVisit");
        nextVisit.field().setPromptText(localization.get("common.datePrompt"));
        DossierForms.add(household, householdName, editor(Family.Field.STREET, "familyStreet"),
                editor(Family.Field.POSTAL_CODE, "familyPostalCode"), editor(Family.Field.CITY, "familyCity"), nextVisit);

        GridPane regisseur = DossierForms.grid();
        DossierForms.add(regisseur, editor(Family.Field.REGISSEUR_NAME, "regisseurName"),
                editor(Family.Field.REGISSEUR_ROLE, "regisseurRole"),
                editor(Family.Field.REGISSEUR_ORGANISATION, "regisseurOrganisation"),
                editor(Family.Field.REGISSEUR_PHONE, "regisseurPhone"), editor(Family.Field.REGISSEUR_EMAIL, "regisseurEmail"));

        VBox sections = new VBox(12, heading("dossier.section.household"), household,
                heading("dossier.section.regisseur"), hint("dossier.section.regisseur.hint"), regisseur, dossierNumber());
        sections.getStyleClass().add("dossier-sections");
        root = new ScrollPane(sections);
        root.setFitToWidth(true);
        root.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
    }

    private TextFieldEditor editor(String field, String id) {
        TextFieldEditor editor = new TextFieldEditor(localization, "field." + field, id);
        editor.bind(model.familyField(field));
        editors.put(field, editor);
        return editor;
    }

    /** The id the command line asks for (--dossier): selectable to copy, never editable. */
    private VBox dossierNumber() {
        TextField number = new TextField(model.dossierId().toString());
        number.setId("dossierNumber");
        number.setEditable(false);
        number.setFocusTraversable(false);
        number.setPrefColumnCount(30);
        number.setMaxWidth(Region.USE_PREF_SIZE);
        return new VBox(4, heading("dossier.section.number"), hint("dossier.section.number.hint"), number);
    }

    private Label heading(String key) {
        Label label = new Label(localization.get(key));
        label.getStyleClass().addAll(Styles.TITLE_4, "section-heading");
        return label;
    }

    private Label hint(String key) {
        Label label = new Label(localization.get(key));
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    ScrollPane root() {
        return root;
    }

    /** The field's editor (the check's jump to a finding on the household or the regisseur); else the first field. */
    TextField editorOf(String field) {
        TextFieldEditor editor = editors.get(field);
        return editor == null ? householdName.field() : editor.field();
    }

    TextField firstField() {
        return householdName.field();
    }
}
