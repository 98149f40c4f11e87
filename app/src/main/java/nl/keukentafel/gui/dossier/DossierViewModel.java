package nl.keukentafel.gui.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.keukentafel.gui.common.AutosavedText;
import nl.keukentafel.gui.common.TaskExecutor;
import nl.keukentafel.gui.common.UiText;
import nl.keukentafel.gui.common.UndoOffer;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.DossierService;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.Problem;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Residence;

/**
 * One open family dossier: the household's fields, its members and network, and undo of the last delete.
 * Every edit goes straight to the autosaver. FX thread only.
 */
public final class DossierViewModel {
    private final DossierService dossiers;
    private final UUID dossierId;
    private final TaskExecutor tasks;
    private final LocalDate today;
    private final Map<String, AutosavedText> familyFields = new LinkedHashMap<>();
    private final ObservableList<MemberViewModel> members = FXCollections.observableArrayList();
    private final ObservableList<ContactViewModel> contacts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();
    private final UndoOffer undo = new UndoOffer();
    private Dossier shown;

    public DossierViewModel(DossierService dossiers, UUID dossierId, TaskExecutor tasks, Clock clock) {
        this.dossiers = dossiers;
        this.dossierId = dossierId;
        this.tasks = tasks;
        this.today = LocalDate.now(clock);
    }

    /** Opens the dossier (an audited read) and fills the screen state. */
    public void load() {
        tasks.execute(() -> dossiers.open(dossierId), this::apply, failure -> error.set(new UiText("dossier.error.open")));
    }

    /**
     * Shows what the vault holds now, after a sync round may have pulled changes: a plain (not audited again) read,
     * fields updated in place so the field being typed in keeps its text, members and contacts added or removed.
     */
    public void refresh() {
        if (!loaded.get()) {
            return;
        }
        // edits still waiting for the autosaver are committed first, so the read cannot show an older value over them
        tasks.execute(() -> {
            dossiers.flush();
            return dossiers.read(dossierId);
        }, this::showStored, failure -> { });
    }

    private void showStored(Dossier dossier) {
        if (dossier.equals(shown)) {
            return;
        }
        shown = dossier;
        Family family = dossier.family();
        Map<String, String> values = Map.of(Family.Field.HOUSEHOLD_NAME, nonNull(family.householdName()),
                Family.Field.STREET, nonNull(family.street()), Family.Field.POSTAL_CODE, nonNull(family.postalCode()),
                Family.Field.CITY, nonNull(family.city()), Family.Field.NEXT_VISIT, nonNull(family.nextVisit()),
                Family.Field.REGISSEUR_NAME, nonNull(family.regisseurName()), Family.Field.REGISSEUR_ROLE, nonNull(family.regisseurRole()),
                Family.Field.REGISSEUR_ORGANISATION, nonNull(family.regisseurOrganisation()),
                Family.Field.REGISSEUR_PHONE, nonNull(family.regisseurPhone()),
                Family.Field.REGISSEUR_EMAIL, nonNull(family.regisseurEmail()));
        values.forEach((name, value) -> familyFields.get(name).showStored(value));
        Map<UUID, Member> storedMembers = new LinkedHashMap<>();
        dossier.members().forEach(member -> storedMembers.put(member.id(), member));
        members.removeIf(member -> !storedMembers.containsKey(member.ref().id()));
        members.forEach(member -> member.showStored(storedMembers.remove(member.ref().id())));
        storedMembers.values().forEach(member -> members.add(new MemberViewModel(member, dossiers, today)));
        Map<UUID, Contact> storedContacts = new LinkedHashMap<>();
        dossier.contacts().forEach(contact -> storedContacts.put(contact.id(), contact));
        contacts.removeIf(contact -> !storedContacts.containsKey(contact.ref().id()));
        contacts.forEach(contact -> contact.showStored(storedContacts.remove(contact.ref().id())));
        storedContacts.values().forEach(contact -> contacts.add(new ContactViewModel(contact, dossiers)));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private void apply(Dossier dossier) {
        shown = dossier;
        Family family = dossier.family();
        RecordRef ref = new RecordRef(RecordKind.FAMILY, dossierId, dossierId);
        Function<String, Optional<Problem>> none = typed -> Optional.empty();
        field(ref, Family.Field.HOUSEHOLD_NAME, family.householdName(), none);
        field(ref, Family.Field.STREET, family.street(), none);
        field(ref, Family.Field.POSTAL_CODE, family.postalCode(), FieldCheck::postalCode);
        field(ref, Family.Field.CITY, family.city(), none);
        field(ref, Family.Field.NEXT_VISIT, family.nextVisit(), FieldCheck::date);
        field(ref, Family.Field.REGISSEUR_NAME, family.regisseurName(), none);
        field(ref, Family.Field.REGISSEUR_ROLE, family.regisseurRole(), none);
        field(ref, Family.Field.REGISSEUR_ORGANISATION, family.regisseurOrganisation(), none);
        field(ref, Family.Field.REGISSEUR_PHONE, family.regisseurPhone(), FieldCheck::phone);
        field(ref, Family.Field.REGISSEUR_EMAIL, family.regisseurEmail(), FieldCheck::email);
        members.setAll(dossier.members().stream().map(member -> new MemberViewModel(member, dossiers, today)).toList());
        contacts.setAll(dossier.contacts().stream().map(contact -> new ContactViewModel(contact, dossiers)).toList());
        loaded.set(true);
    }

    private void field(RecordRef ref, String name, String value, Function<String, Optional<Problem>> check) {
        familyFields.put(name, new AutosavedText(value, check, typed -> dossiers.edit(ref, name, typed)));
    }

    /** A field of the household record by its {@link Family.Field} name; available once loaded. */
    public AutosavedText familyField(String name) {
        AutosavedText field = familyFields.get(name);
        if (field == null) {
            throw new IllegalStateException("dossier not loaded or unknown field " + name);
        }
        return field;
    }

    public void addMember(HouseholdRole role, Consumer<MemberViewModel> added) {
        tasks.execute(() -> dossiers.addMember(dossierId, role).join(), ref -> {
            MemberViewModel member = new MemberViewModel(new Member(ref.id(), dossierId, "", "", "", Gender.UNKNOWN, role,
                    Residence.IN_HOUSEHOLD, "", "", ""), dossiers, today);
            members.add(member);
            added.accept(member);
        }, failure -> error.set(new UiText("dossier.error.add")));
    }

    public void addContact(boolean professional, Consumer<ContactViewModel> added) {
        tasks.execute(() -> dossiers.addContact(dossierId, professional).join(), ref -> {
            ContactViewModel contact = new ContactViewModel(
                    new Contact(ref.id(), dossierId, "", "", "", "", "", "", professional, null, List.of()),
                    dossiers);
            contacts.add(contact);
            added.accept(contact);
        }, failure -> error.set(new UiText("dossier.error.add")));
    }

    public void deleteMember(MemberViewModel member) {
        delete(member.ref(), member, members, new UiText("dossier.deleted.member", displayOrUnnamed(member.fullName().getValue())));
    }

    public void deleteContact(ContactViewModel contact) {
        delete(contact.ref(), contact, contacts, new UiText("dossier.deleted.contact",
                displayOrUnnamed(contact.displayName().getValue())));
    }

    private <T> void delete(RecordRef ref, T viewModel, ObservableList<T> list, UiText message) {
        int index = list.indexOf(viewModel);
        if (index < 0) {
            return;
        }
        tasks.execute(() -> dossiers.delete(ref).join(), done -> {
            list.remove(viewModel);
            undo.offer(message, () -> restore(ref, viewModel, index, list));
        }, failure -> error.set(new UiText("dossier.error.delete")));
    }

    /** Brings a deleted member or contact back where it was. */
    private <T> void restore(RecordRef ref, T viewModel, int index, ObservableList<T> list) {
        tasks.execute(() -> dossiers.undoDelete(ref).join(), done -> list.add(Math.min(index, list.size()), viewModel),
                failure -> error.set(new UiText("dossier.error.undo")));
    }

    private static String displayOrUnnamed(String name) {
        return name == null || name.isBlank() ? "—" : name;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public DossierService dossiers() {
        return dossiers;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    public ObservableList<MemberViewModel> members() {
        return members;
    }

    public ObservableList<ContactViewModel> contacts() {
        return contacts;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Undo of the last delete (Ctrl+Z or the undo bar). */
    public UndoOffer undo() {
        return undo;
    }
}
