package nl.keukentafel.logic.print;

import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What to print: the document, the sections chosen (any a document does not offer are dropped here, so no caller
 * can smuggle one in), when (the only input that may change the bytes of the same dossier), and for the
 * evaluatieverslag which evaluation (empty: the latest). Immutable.
 */
public record PrintRequest(PrintDocument document, Set<PrintSection> sections, ZonedDateTime printedAt, Optional<UUID> evaluationId) {
    public PrintRequest {
        Set<PrintSection> kept = EnumSet.noneOf(PrintSection.class);
        sections.stream().filter(section -> section.offeredIn(document)).forEach(kept::add);
        sections = Set.copyOf(kept);
        evaluationId = evaluationId == null ? Optional.empty() : evaluationId;
    }

    /** The document with its safe default sections. */
    public static PrintRequest defaults(PrintDocument document, ZonedDateTime printedAt) {
        return new PrintRequest(document, PrintSection.defaults(document), printedAt, Optional.empty());
    }

    public boolean has(PrintSection section) {
        return sections.contains(section);
    }
}
