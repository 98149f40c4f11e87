package nl.keukentafel.logic.genogram.gedcom;

import java.util.List;

/**
 * What an import did or would do: counts of what it writes, what it matched, and every skipped item or refusal with
 * its line. {@code written} is false for a dry run and for a refused file (then nothing at all was written). Immutable.
 */
public record ImportReport(int newPersons, int matchedMembers, int unions, int parentLinks, int twinGroups, int relations,
                           List<GedcomIssue> issues, boolean written) {
    public ImportReport {
        issues = List.copyOf(issues);
    }

    public boolean refused() {
        return issues.stream().anyMatch(GedcomIssue::isError);
    }

    public List<GedcomIssue> errors() {
        return issues.stream().filter(GedcomIssue::isError).toList();
    }

    public List<GedcomIssue> warnings() {
        return issues.stream().filter(issue -> !issue.isError()).toList();
    }
}
