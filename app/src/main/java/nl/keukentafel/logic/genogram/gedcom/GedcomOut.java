package nl.keukentafel.logic.genogram.gedcom;

/**
 * Writes GEDCOM 7 lines: a multi-line payload continues on CONT lines, a payload starting with an at-sign gets it
 * doubled, line breaks are LF. Not thread-safe.
 */
final class GedcomOut {
    private final StringBuilder text = new StringBuilder();

    GedcomOut line(int level, String tag) {
        text.append(level).append(' ').append(tag).append('\n');
        return this;
    }

    /** A record line: {@code 0 @I1@ INDI}. */
    GedcomOut record(String xref, String tag) {
        text.append("0 @").append(xref).append("@ ").append(tag).append('\n');
        return this;
    }

    GedcomOut pointer(int level, String tag, String xref) {
        text.append(level).append(' ').append(tag).append(" @").append(xref).append("@\n");
        return this;
    }

    /** A text payload; nothing is written when it is blank. */
    GedcomOut text(int level, String tag, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        String[] parts = value.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        payload(level, tag, parts[0]);
        for (int index = 1; index < parts.length; index++) {
            payload(level + 1, "CONT", parts[index]);
        }
        return this;
    }

    private void payload(int level, String tag, String value) {
        text.append(level).append(' ').append(tag);
        if (!value.isEmpty()) {
            text.append(' ').append(value.startsWith("@") ? "@" + value : value);
        }
        text.append('\n');
    }

    /** A {@code DATE} line for a typed date, with a {@code PHRASE} when it is no GEDCOM date; nothing when blank. */
    GedcomOut date(int level, String typed) {
        GedcomDates.Out date = GedcomDates.toGedcom(typed);
        if (date == null) {
            return this;
        }
        if (date.value().isEmpty()) {
            line(level, "DATE");
        } else {
            text.append(level).append(" DATE ").append(date.value()).append('\n');
        }
        return text(level + 1, "PHRASE", date.phrase());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
