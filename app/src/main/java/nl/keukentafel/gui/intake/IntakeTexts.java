package nl.keukentafel.gui.intake;

import java.time.LocalDate;
import java.util.OptionalInt;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.intake.Ages;
import nl.keukentafel.model.Member;

/** How the intake names people. Stateless. */
final class IntakeTexts {
    private IntakeTexts() {
    }

    static String name(Localization localization, Member member) {
        String name = member.fullName();
        return name.isBlank() ? localization.get("intake.unnamed") : name;
    }

    /** "Noor de Vries (9)", "Karim Vos (± 40)" for an age from a year or an estimate, or just the name. */
    static String nameWithAge(Localization localization, Member member, LocalDate today) {
        OptionalInt age = Ages.ageOn(member.birthDate(), today);
        if (age.isEmpty()) {
            return name(localization, member);
        }
        String key = Ages.isExact(member.birthDate()) ? "intake.member.nameAge" : "intake.member.nameAboutAge";
        return localization.get(key, name(localization, member), age.getAsInt());
    }
}
