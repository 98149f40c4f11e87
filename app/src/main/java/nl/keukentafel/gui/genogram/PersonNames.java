package nl.keukentafel.gui.genogram;

import java.util.UUID;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.genogram.GenoPerson;

/** A person key's name as the panel shows it: a member's name from the member record, a relative's from its own. */
final class PersonNames {
    private PersonNames() {
    }

    static String of(GenogramState state, UUID key, String unnamed) {
        String name = state.dossier().members().stream().filter(member -> member.id().equals(key)).findFirst()
                .map(PersonNames::full)
                .orElseGet(() -> state.persons().stream().filter(person -> person.id().equals(key)).findFirst()
                        .map(PersonNames::full).orElse(""));
        return name.isBlank() ? unnamed : name;
    }

    private static String full(Member member) {
        return join(member.givenName(), member.familyName());
    }

    private static String full(GenoPerson person) {
        return join(person.givenName(), person.familyName());
    }

    private static String join(String given, String family) {
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
    }
}
