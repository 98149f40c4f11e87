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

    /** "Noor de Vries (9)" or just the name. */
    static String nameWithAge(Localization localization, Member member, LocalDate today) {
        OptionalInt age = Ages.ageOn(member.birthDate(), today);
        return age.isPresent() ? localization.get("intake.member.nameAge", name(localization, member), age.getAsInt())
                : name(localization, member);
    }
}
