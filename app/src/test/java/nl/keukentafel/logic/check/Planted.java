package nl.keukentafel.logic.check;

import java.util.List;
import java.util.UUID;

/**
 * A test family written into a real vault, and the findings its planted gaps must give: the keys (which start with
 * their criterion), nothing missed and nothing extra. Immutable.
 */
record Planted(UUID dossier, List<String> gaps) {
    Planted {
        gaps = List.copyOf(gaps);
    }
}
