package nl.keukentafel.logic.print;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.model.Text;

/**
 * What every document template needs besides its sources: the texts in the chosen language, the request, and the
 * start of the page (language, title, styles, the concept mark). Immutable and thread-safe.
 */
record PrintContext(Localization text, PrintRequest request, PrintSources sources) {
    String get(String key, Object... arguments) {
        return text.get(key, arguments);
    }

    Dossier dossier() {
        return sources.plan().dossier();
    }

    String household() {
        String name = dossier().family().householdName();
        return Text.isBlank(name) ? get("print.household.unnamed") : name.strip();
    }

    String language() {
        return text.locale().toLanguageTag();
    }

    String printedOn() {
        return request.printedAt().toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(text.locale()));
    }

    /** A new document: its title in the PDF's metadata and in the footer of every page. */
    Html start(String title, boolean forFamily, boolean concept) {
        String css = PrintStyles.css(forFamily, title, get("print.footer.page"), get("print.footer.of"),
                concept ? get("print.concept.mark") : null);
        return new Html(language(), title, css);
    }

    /** A typed text, or the dash that shows nothing was typed. */
    static String typed(String value) {
        return Text.isBlank(value) ? "—" : value.strip();
    }

    /** An enum's label by the app's convention {@code enumName.CONSTANT}; a dash for none. */
    String label(Enum<?> value) {
        if (value == null) {
            return "—";
        }
        String type = value.getDeclaringClass().getSimpleName();
        return get(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
    }
}
