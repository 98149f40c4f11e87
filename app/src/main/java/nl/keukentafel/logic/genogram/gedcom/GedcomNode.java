package nl.keukentafel.logic.genogram.gedcom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One GEDCOM structure as read: its line number, optional cross-reference id, tag, payload (continuation lines
 * already joined with newlines) and substructures in file order. Built by {@link GedcomParser}; not thread-safe
 * while it is being built, read-only afterwards.
 */
public final class GedcomNode {
    private final int line;
    private final String xref;
    private final String tag;
    private final StringBuilder value;
    private final List<GedcomNode> children = new ArrayList<>();

    GedcomNode(int line, String xref, String tag, String value) {
        this.line = line;
        this.xref = xref;
        this.tag = tag;
        this.value = new StringBuilder(value == null ? "" : value);
    }

    public int line() {
        return line;
    }

    /** The record's own id without the at-signs ({@code I1}), or null. */
    public String xref() {
        return xref;
    }

    public String tag() {
        return tag;
    }

    /** The payload; empty when there is none. */
    public String value() {
        return value.toString();
    }

    /** The pointed-to id when the payload is a pointer ({@code @I1@} gives {@code I1}), else empty. */
    public Optional<String> pointer() {
        String text = value.toString();
        boolean pointer = text.length() > 2 && text.startsWith("@") && text.endsWith("@") && !text.startsWith("@@")
                && text.indexOf(' ') < 0;
        return pointer ? Optional.of(text.substring(1, text.length() - 1)) : Optional.empty();
    }

    public List<GedcomNode> children() {
        return Collections.unmodifiableList(children);
    }

    public List<GedcomNode> children(String childTag) {
        return children.stream().filter(child -> child.tag.equals(childTag)).toList();
    }

    public Optional<GedcomNode> child(String childTag) {
        return children.stream().filter(child -> child.tag.equals(childTag)).findFirst();
    }

    /** The payload of the first substructure with this tag, or empty. */
    public String childValue(String childTag) {
        return child(childTag).map(GedcomNode::value).orElse("");
    }

    void add(GedcomNode child) {
        children.add(child);
    }

    void append(String text) {
        value.append(text);
    }
}
