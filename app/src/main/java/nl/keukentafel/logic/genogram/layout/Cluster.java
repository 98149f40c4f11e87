package nl.keukentafel.logic.genogram.layout;

import java.util.List;
import java.util.UUID;

/** A person with the partners drawn beside them, left to right; moved as one piece. Immutable. */
record Cluster(UUID center, List<UUID> persons) {
    Cluster {
        persons = List.copyOf(persons);
    }
}
