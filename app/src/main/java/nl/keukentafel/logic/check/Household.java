package nl.keukentafel.logic.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import nl.keukentafel.logic.intake.Ages;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.HouseholdRole;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.intake.Conversation;

/**
 * What several rules ask of a dossier's facts, in one place: its children, the children old enough for a say on a
 * day (from 12, {@link Ages}), the first conversation's date, and the refs and names findings point at. Stateless.
 */
public final class Household {
    /** From this age a child agrees to the plan (T6) and gives consent together with a parent (ConsentRules). */
    public static final int SAY_FROM_AGE = 12;

    private Household() {
    }

    public static List<Member> children(DossierFacts facts) {
        return facts.dossier().members().stream().filter(member -> member.role() == HouseholdRole.CHILD).toList();
    }

    public static List<Member> parents(DossierFacts facts) {
        return facts.dossier().members().stream().filter(member -> member.role() == HouseholdRole.PARENT).toList();
    }

    /** The children {@code age} or older on {@code on} (a child turning {@code age} that day counts); unknown ages do not. */
    public static List<Member> childrenFrom(DossierFacts facts, int age, LocalDate on) {
        return children(facts).stream().filter(child -> {
            OptionalInt years = Ages.ageOn(child.birthDate(), on);
            return years.isPresent() && years.getAsInt() >= age;
        }).toList();
    }

    /** The earliest readable date of the intake's conversations; empty when none has a date yet. */
    public static Optional<LocalDate> firstConversation(DossierFacts facts) {
        return facts.intake().conversations().stream().map(Conversation::date).map(FieldCheck::parseDate)
                .flatMap(Optional::stream).min(LocalDate::compareTo);
    }

    public static UUID dossierId(DossierFacts facts) {
        return facts.dossier().family().id();
    }

    public static RecordRef familyRef(DossierFacts facts) {
        UUID id = dossierId(facts);
        return new RecordRef(RecordKind.FAMILY, id, id);
    }

    public static RecordRef memberRef(Member member) {
        return new RecordRef(RecordKind.MEMBER, member.id(), member.dossierId());
    }

    public static RecordRef contactRef(Contact contact) {
        return new RecordRef(RecordKind.CONTACT, contact.id(), contact.dossierId());
    }

    /** A member's name for a message; "?" when none was typed yet. */
    public static String name(Member member) {
        String full = member.fullName();
        return full.isEmpty() ? "?" : full;
    }

    public static String contactName(Contact contact) {
        // "Woningstichting, Woningstichting" said the name twice: the organisation only when it adds something
        String name = Text.joinNonBlank(", ", contact.name(), Contact.organisationBeside(contact.name(), contact.organisation()));
        return name.isEmpty() ? "?" : name;
    }
}
