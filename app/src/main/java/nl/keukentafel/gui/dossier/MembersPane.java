package nl.keukentafel.gui.dossier;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import nl.keukentafel.gui.common.ChoiceEditor;
import nl.keukentafel.gui.common.EnumLabels;
import nl.keukentafel.gui.common.Icons;
import nl.keukentafel.gui.common.TextFieldEditor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Residence;
import org.kordamp.ikonli.material2.Material2MZ;

/** The members tab: who belongs to the family, with each member's details. FX thread only. */
final class MembersPane implements RecordListPane.Binder<MemberViewModel> {
    private final Localization localization;
    private final DossierViewModel model;
    private final TextFieldEditor givenName;
    private final TextFieldEditor familyName;
    private final TextFieldEditor birthDate;
    private final ChoiceEditor<Gender> gender;
    private final ChoiceEditor<HouseholdRole> role;
    private final ChoiceEditor<Residence> residence;
    private final TextFieldEditor bsn;
    private final TextFieldEditor phone;
    private final TextFieldEditor email;
    private final RecordListPane<MemberViewModel> pane;

    MembersPane(Localization localization, DossierViewModel model) {
        this.localization = localization;
        this.model = model;
        givenName = new TextFieldEditor(localization, "field." + Member.Field.GIVEN_NAME, "memberGivenName");
        familyName = new TextFieldEditor(localization, "field." + Member.Field.FAMILY_NAME, "memberFamilyName");
        birthDate = new TextFieldEditor(localization, "field." + Member.Field.BIRTH_DATE, "memberBirthDate");
        birthDate.field().setPromptText(localization.get("common.birthDatePrompt"));
        gender = new ChoiceEditor<>(localization, "field." + Member.Field.GENDER, "memberGender",
                Arrays.asList(Gender.values()), value -> EnumLabels.label(localization, EnumLabels.GENDER, value));
        role = new ChoiceEditor<>(localization, "field." + Member.Field.ROLE, "memberRole",
                Arrays.asList(HouseholdRole.values()), value -> EnumLabels.label(localization, EnumLabels.ROLE, value));
        residence = new ChoiceEditor<>(localization, "field." + Member.Field.RESIDENCE, "memberResidence",
                Arrays.asList(Residence.values()), value -> EnumLabels.label(localization, EnumLabels.RESIDENCE, value));
        bsn = new TextFieldEditor(localization, "field." + Member.Field.BSN, "memberBsn");
        bsn.field().setPromptText(localization.get("member.bsn.prompt"));
        phone = new TextFieldEditor(localization, "field." + Member.Field.PHONE, "memberPhone");
        email = new TextFieldEditor(localization, "field." + Member.Field.EMAIL, "memberEmail");

        GridPane form = DossierForms.grid();
        DossierForms.add(form, givenName, familyName, birthDate, gender, role, residence, bsn, phone, email);
        form.setId("memberForm");

        Button addParent = addButton("addParentButton", "dossier.addParent", "dossier.addParent.tooltip", HouseholdRole.PARENT);
        Button addChild = addButton("addChildButton", "dossier.addChild", "dossier.addChild.tooltip", HouseholdRole.CHILD);
        pane = new RecordListPane<>(localization, model.members(), this, new RecordListPane.Parts("memberList",
                "dossier.members.empty", "deleteMemberButton", "dossier.deleteMember", List.of(addParent, addChild), form,
                givenName.field()), model::deleteMember);
    }

    private Button addButton(String id, String key, String tooltipKey, HouseholdRole householdRole) {
        Button button = new Button(localization.get(key), Icons.of(Material2MZ.PERSON_ADD));
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setTooltip(new Tooltip(localization.get(tooltipKey)));
        button.setOnAction(event -> add(householdRole));
        return button;
    }

    void add(HouseholdRole householdRole) {
        model.addMember(householdRole, pane::select);
    }

    /**
     * Selects the member and puts the keyboard on {@code field} (the check's jump to an invalid value); false when the
     * member is not in the list.
     */
    boolean jumpTo(java.util.UUID memberId, String field) {
        java.util.Optional<MemberViewModel> member = model.members().stream()
                .filter(candidate -> candidate.ref().id().equals(memberId)).findFirst();
        member.ifPresent(found -> {
            pane.select(found);
            javafx.scene.Node editor = switch (field == null ? "" : field) {
                case Member.Field.FAMILY_NAME -> familyName.field();
                case Member.Field.BIRTH_DATE -> birthDate.field();
                case Member.Field.BSN -> bsn.field();
                case Member.Field.PHONE -> phone.field();
                case Member.Field.EMAIL -> email.field();
                default -> givenName.field();
            };
            // after the list's own focus request (select) has run
            javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(editor::requestFocus));
        });
        return member.isPresent();
    }

    RecordListPane<MemberViewModel> pane() {
        return pane;
    }

    @Override
    public ObservableValue<String> title(MemberViewModel member) {
        return member.fullName();
    }

    @Override
    public ObservableValue<String> subtitle(MemberViewModel member) {
        return Bindings.createStringBinding(() -> {
            String roleText = EnumLabels.label(localization, EnumLabels.ROLE, member.role().value());
            String born = member.birthDate().text().strip();
            return born.isEmpty() ? roleText : roleText + " · " + born;
        }, member.role().valueProperty(), member.birthDate().textProperty());
    }

    @Override
    public void bind(MemberViewModel member) {
        givenName.bind(member.givenName());
        familyName.bind(member.familyName());
        birthDate.bind(member.birthDate());
        gender.bind(member.gender());
        role.bind(member.role());
        residence.bind(member.residence());
        bsn.bind(member.bsn());
        phone.bind(member.phone());
        email.bind(member.email());
    }

    @Override
    public void unbind() {
        givenName.unbind();
        familyName.unbind();
        birthDate.unbind();
        gender.unbind();
        role.unbind();
        residence.unbind();
        bsn.unbind();
        phone.unbind();
        email.unbind();
    }
}
