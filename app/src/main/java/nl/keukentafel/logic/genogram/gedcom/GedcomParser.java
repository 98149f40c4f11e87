package nl.keukentafel.logic.genogram.gedcom;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GEDCOM 7 text (and 5.5.1 where that is cheap: CONC, leading spaces) into a tree of {@link GedcomNode}s.
 * Tolerant: a line it cannot read, a level that jumps, a missing trailer become warnings with the line number; it
 * never throws on bad input. Stateless and thread-safe.
 */
public final class GedcomParser {
    private static final Pattern LINE = Pattern.compile("(\\d{1,2}) +(?:@([^@\\s]+)@ +)?([A-Za-z0-9_]+)(?: (.*))?");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** The records (level-0 structures) and what was skipped. */
    public record Parsed(List<GedcomNode> records, List<GedcomIssue> issues) {
        public Parsed {
            records = List.copyOf(records);
            issues = List.copyOf(issues);
        }
    }

    public Parsed parse(String text) {
        String body = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        String[] lines = body.split("\r\n|\r|\n", -1);
        List<GedcomNode> records = new ArrayList<>();
        List<GedcomIssue> issues = new ArrayList<>();
        Deque<GedcomNode> open = new ArrayDeque<>();
        boolean trailer = false;
        for (int index = 0; index < lines.length; index++) {
            int number = index + 1;
            String raw = lines[index].strip();
            if (raw.isEmpty()) {
                continue;
            }
            Matcher matcher = LINE.matcher(raw);
            if (!matcher.matches()) {
                issues.add(GedcomIssue.warning(number, "-", "gedcom.warn.malformedLine"));
                continue;
            }
            int level = Integer.parseInt(matcher.group(1));
            String tag = matcher.group(3);
            String value = unescape(matcher.group(4));
            if (level > open.size()) {
                issues.add(GedcomIssue.warning(number, tag, "gedcom.warn.levelJump"));
                continue;
            }
            while (open.size() > level) {
                open.pop();
            }
            if (level > 0 && (tag.equals("CONT") || tag.equals("CONC"))) {
                open.peek().append(tag.equals("CONT") ? "\n" + value : value);
                continue;
            }
            GedcomNode node = new GedcomNode(number, matcher.group(2), tag, value);
            if (level == 0) {
                trailer = tag.equals("TRLR");
                records.add(node);
            } else {
                open.peek().add(node);
            }
            open.push(node);
        }
        check(records, issues, trailer, lines.length);
        return new Parsed(records, issues);
    }

    /** GEDCOM 7 doubles an at-sign that starts a text payload. */
    private static String unescape(String value) {
        if (value == null) {
            return "";
        }
        return value.startsWith("@@") ? value.substring(1) : value;
    }

    private static void check(List<GedcomNode> records, List<GedcomIssue> issues, boolean trailer, int lineCount) {
        if (records.isEmpty() || !records.get(0).tag().equals("HEAD")) {
            issues.add(GedcomIssue.warning(1, "HEAD", "gedcom.warn.noHeader"));
        } else {
            GedcomNode head = records.get(0);
            String version = head.child("GEDC").map(gedc -> gedc.childValue("VERS")).orElse("");
            if (!version.startsWith("7.") && !version.startsWith("5.5")) {
                issues.add(GedcomIssue.warning(head.line(), "VERS", "gedcom.warn.version", version.isEmpty() ? "-" : version));
            }
            String charset = head.childValue("CHAR");
            if (!charset.isEmpty() && !charset.equalsIgnoreCase("UTF-8")) {
                issues.add(GedcomIssue.warning(head.child("CHAR").orElseThrow().line(), "CHAR", "gedcom.warn.charset", charset));
            }
        }
        if (!trailer) {
            issues.add(GedcomIssue.error(lineCount, "TRLR", "gedcom.error.noTrailer"));
        }
    }
}
