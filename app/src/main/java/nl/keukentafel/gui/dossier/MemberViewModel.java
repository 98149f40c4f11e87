package nl.keukentafel.gui.dossier;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import nl.keukentafel.gui.common.AutosavedChoice;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;

/** One family member as the screen edits it; every change goes to the autosaver. FX thread only. */
public final class MemberViewModel {
    private final RecordRef ref;
    private final AutosavedText givenName;
    private final AutosavedText familyName;
    private final AutosavedText birthDate;
    private final AutosavedText bsn;
    private final AutosavedText phone;
    private final AutosavedText email;
    private final AutosavedChoice<Gender> gender;
    private final AutosavedChoice<HouseholdRole> role;
    private final AutosavedChoice<Residence> residence;

    public MemberViewModel(Member member, DossierService dossiers, LocalDate today) {
        ref = new RecordRef(RecordKind.MEMBER, member.id(), member.dossierId());
        givenName = new AutosavedText(member.givenName(), typed -> dossiers.edit(ref, Member.Field.GIVEN_NAME, typed));
        familyName = new AutosavedText(member.familyName(), typed -> dossiers.edit(ref, Member.Field.FAMILY_NAME, typed));
        birthDate = new AutosavedText(member.birthDate(), typed -> FieldCheck.birthDate(typed, today),
                typed -> dossiers.edit(ref, Member.Field.BIRTH_DATE, typed));
        bsn = new AutosavedText(member.bsn(), FieldCheck::bsn, typed -> dossiers.edit(ref, Member.Field.BSN, typed));
        phone = new AutosavedText(member.phone(), FieldCheck::phone, typed -> dossiers.edit(ref, Member.Field.PHONE, typed));
        email = new AutosavedText(member.email(), FieldCheck::email, typed -> dossiers.edit(ref, Member.Field.EMAIL, typed));
        gender = new AutosavedChoice<>(member.gender(), chosen -> dossiers.edit(ref, Member.Field.GENDER, chosen.name()));
        role = new AutosavedChoice<>(member.role(), chosen -> dossiers.edit(ref, Member.Field.ROLE, chosen.name()));
        residence = new AutosavedChoice<>(member.residence(), chosen -> dossiers.edit(ref, Member.Field.RESIDENCE, chosen.name()));
    }

    /** Shows what is stored now (after a sync); the field being typed in keeps its text. */
    public void showStored(Member member) {
        givenName.showStored(member.givenName());
        familyName.showStored(member.familyName());
        birthDate.showStored(member.birthDate());
        bsn.showStored(member.bsn());
        phone.showStored(member.phone());
        email.showStored(member.email());
        gender.showStored(member.gender());
        role.showStored(member.role());
        residence.showStored(member.residence());
    }

    public RecordRef ref() {
        return ref;
    }

    /** "Given Family", live as it is typed; empty when both are blank. */
    public ObservableValue<String> fullName() {
        return Bindings.createStringBinding(() -> (givenName.text().strip() + " " + familyName.text().strip()).strip(),
                givenName.textProperty(), familyName.textProperty());
    }

    /** True when any field holds a value with a problem (for a marker in the list). */
    public boolean hasProblem() {
        return birthDate.problemProperty().get() != null || bsn.problemProperty().get() != null
                || phone.problemProperty().get() != null || email.problemProperty().get() != null;
    }

    public AutosavedText givenName() {
        return givenName;
    }

    public AutosavedText familyName() {
        return familyName;
    }

    public AutosavedText birthDate() {
        return birthDate;
    }

    public AutosavedText bsn() {
        return bsn;
    }

    public AutosavedText phone() {
        return phone;
    }

    public AutosavedText email() {
        return email;
    }

    public AutosavedChoice<Gender> gender() {
        return gender;
    }

    public AutosavedChoice<HouseholdRole> role() {
        return role;
    }

    public AutosavedChoice<Residence> residence() {
        return residence;
    }
}
