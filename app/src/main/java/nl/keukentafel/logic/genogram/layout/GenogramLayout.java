package nl.keukentafel.logic.genogram.layout;

import java.util.Map;
import java.util.UUID;

/**
 * Where the layout puts each person: the centre of its symbol in layout units (one symbol is
 * {@value #SYMBOL} units wide) and its generation row (0 = the oldest shown). Width and height enclose every
 * symbol. Immutable.
 */
public record GenogramLayout(Map<UUID, Placement> persons, double width, double height) {
    public static final double SYMBOL = 40;

    public GenogramLayout {
        persons = Map.copyOf(persons);
    }

    public record Placement(double x, double y, int generation, boolean pinned) {
    }
}
