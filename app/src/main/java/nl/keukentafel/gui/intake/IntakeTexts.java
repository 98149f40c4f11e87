package nl.keukentafel.gui.intake;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Member;

/** How the intake names people. Stateless. */
final class IntakeTexts {
    private IntakeTexts() {
    }

    static String name(Localization localization, Member member) {
        String name = member.fullName();
        return name.isBlank() ? localization.get("intake.unnamed") : name;
    }

    /** Age in whole years on {@code today}, when the birth date can be read. */
    static Optional<Integer> age(Member member, LocalDate today) {
        return FieldCheck.parseDate(member.birthDate()).filter(born -> !born.isAfter(today))
                .map(born -> Period.between(born, today).getYears());
    }

    /** "Noor de Vries (9)" or just the name. */
    static String nameWithAge(Localization localization, Member member, LocalDate today) {
        return age(member, today).map(years -> localization.get("intake.member.nameAge", name(localization, member), years))
                .orElse(name(localization, member));
    }
}
