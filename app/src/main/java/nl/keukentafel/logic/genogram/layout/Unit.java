package nl.keukentafel.logic.genogram.layout;

import java.util.List;
import java.util.UUID;

/**
 * What a child hangs under: a couple, two parents drawn without a couple record, or one parent alone.
 * {@code id} is the couple's id, or made from the parents' keys. Immutable.
 */
record Unit(String id, List<UUID> parents, boolean couple, Integer date) {
    Unit {
        parents = List.copyOf(parents);
    }
}
