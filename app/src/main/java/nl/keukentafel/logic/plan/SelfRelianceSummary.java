package nl.keukentafel.logic.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.intake.IntakeState;
import nl.keukentafel.model.intake.DomainEntry;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.Intake;

/**
 * The intake's summary of self-reliance, shown on the Werkplan tab and never retyped there: what the family and the
 * network can do, where help is needed, and every scored life domain (household or members) with its label from
 * the intake's own domain list. Empty texts and no domains when the intake is not started. Immutable.
 */
public record SelfRelianceSummary(String familyCan, String networkCan, String helpNeeded, List<ScoredDomain> domains) {
    public SelfRelianceSummary {
        domains = List.copyOf(domains);
    }

    /** One scored entry: the domain's code and label, the members it is about (empty: household), score and label. */
    public record ScoredDomain(String code, String label, List<UUID> memberIds, int score, String scoreLabel) {
        public ScoredDomain {
            memberIds = List.copyOf(memberIds);
        }
    }

    public static SelfRelianceSummary of(IntakeState intake) {
        Intake started = intake.intake().orElse(null);
        if (started == null) {
            return new SelfRelianceSummary("", "", "", List.of());
        }
        DomainList list = started.domainList();
        List<ScoredDomain> scored = new ArrayList<>();
        if (list != null) {
            for (DomainList.DomainDefinition definition : list.domains()) {
                for (DomainEntry entry : intake.domains()) {
                    if (definition.code().equals(entry.domainCode()) && entry.score() != null) {
                        scored.add(new ScoredDomain(definition.code(), definition.label(), entry.memberIds(), entry.score(),
                                scoreLabel(list, entry.score())));
                    }
                }
            }
        }
        return new SelfRelianceSummary(text(started.familyCan()), text(started.networkCan()), text(started.helpNeeded()), scored);
    }

    /** The list's label of a score ("beperkt zelfredzaam"); empty for a score outside its scale. */
    static String scoreLabel(DomainList list, int score) {
        return list.levels().stream().filter(level -> level.score() == score).map(DomainList.ScoreLevel::label).findFirst().orElse("");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
