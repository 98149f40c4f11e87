package nl.keukentafel.logic.presets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.keukentafel.logic.intake.DomainListParser;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.model.intake.DomainList;

/**
 * Puts the municipality's life-domain list that IT preset ({@code lifeDomainsFile}) into the vault after an unlock,
 * through the same check as the settings screen's import, unless the vault already has that list (same id and
 * version). Intakes already made keep their own copy. Stateless and thread-safe; call it off the FX thread.
 */
public final class PresetDomainList {
    private PresetDomainList() {
    }

    /** What happened: nothing to do, the list was put in, or the file's problems (the vault is then unchanged). */
    public enum Outcome { ALREADY_ACTIVE, APPLIED, REFUSED }

    public static Outcome apply(Path file, DomainLists lists) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        DomainListParser.Parsed parsed = DomainListParser.parse(json);
        if (!parsed.valid()) {
            return Outcome.REFUSED;
        }
        DomainList active = lists.active();
        if (active.id().equals(parsed.list().id()) && active.version() == parsed.list().version()) {
            return Outcome.ALREADY_ACTIVE;
        }
        List<ImportProblem> problems = lists.replace(json);
        return problems.isEmpty() ? Outcome.APPLIED : Outcome.REFUSED;
    }
}
