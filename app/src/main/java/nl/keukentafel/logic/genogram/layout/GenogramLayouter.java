package nl.keukentafel.logic.genogram.layout;

import nl.keukentafel.logic.genogram.FamilyGraph;

/** Lays a family out by the rules of ADR 0004. Implementations are deterministic and thread-safe. */
public interface GenogramLayouter {
    GenogramLayout layout(FamilyGraph graph);
}
