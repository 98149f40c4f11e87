package nl.keukentafel.logic.genogram.gedcom;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.model.genogram.GenoUnion;
import nl.keukentafel.model.genogram.ParentLink;

/**
 * A GEDCOM family as exported: a couple of the genogram ({@code union} set), or a family made up only to hang a
 * child under parents who are no couple (a single parent, or two parents without a union: {@code noCouple}). Each
 * child entry names the parent links it carries. Not thread-safe while {@link ExportFamilies} builds it.
 */
final class ExportFamily {
    private final UUID husband;
    private final UUID wife;
    private final GenoUnion union;
    private final List<ChildEntry> children = new ArrayList<>();
    private String xref;

    /** A child in this family and its links to those partners it is linked to (one or both). */
    record ChildEntry(UUID child, List<ParentLink> links) {
        ChildEntry {
            links = List.copyOf(links);
        }
    }

    ExportFamily(UUID husband, UUID wife, GenoUnion union) {
        this.husband = husband;
        this.wife = wife;
        this.union = union;
    }

    UUID husband() {
        return husband;
    }

    UUID wife() {
        return wife;
    }

    GenoUnion union() {
        return union;
    }

    boolean noCouple() {
        return union == null;
    }

    boolean hasPartner(UUID key) {
        return key.equals(husband) || key.equals(wife);
    }

    int partnerCount() {
        return (husband == null ? 0 : 1) + (wife == null ? 0 : 1);
    }

    List<ChildEntry> children() {
        return List.copyOf(children);
    }

    void addChild(ChildEntry entry) {
        children.add(entry);
    }

    String xref() {
        return xref;
    }

    void xref(String assigned) {
        this.xref = assigned;
    }
}
