package nl.keukentafel.model.intake;

import java.util.List;

/**
 * A versioned list of life domains with its score labels: the default ZRM-2017 list or a municipality's own. A copy
 * is stored in every intake ({@link Intake#domainList()}), so an intake keeps showing the domains it was made with.
 * Names and level labels only: the licensed scoring texts are not shipped.
 */
public record DomainList(String id, int version, String name, List<ScoreLevel> levels, List<DomainDefinition> domains) {
    public DomainList {
        levels = levels == null ? List.of() : List.copyOf(levels);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    /** One step of the 1–5 scale, e.g. 3 "beperkt zelfredzaam". */
    public record ScoreLevel(int score, String label) {
    }

    /**
     * One domain: a stable code, the professional label, the client-friendly label (B1, for the printed plan), and
     * optionally the professional label in English ({@code labelEn}; a municipality's own list may leave it out).
     */
    public record DomainDefinition(String code, String label, String clientLabel, DomainScope scope, String labelEn) {
        /** The label in the screen's language: the English one in English when the list has it, else the Dutch. */
        public String label(java.util.Locale language) {
            boolean english = "en".equals(language.getLanguage());
            return english && labelEn != null && !labelEn.isBlank() ? labelEn : label;
        }
    }
}
