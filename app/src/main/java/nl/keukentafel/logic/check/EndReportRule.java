package nl.keukentafel.logic.check;

import java.util.List;
import java.util.Locale;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.PlanIds;

/**
 * T13, an end report with ample attention to safety: the closure holds an end report, and it has a safety section — a
 * line starting with "Veiligheid" or "Safety", as the generated draft's heading does ({@code plan.report.safety}), so
 * a consultant who rewrites the draft keeps the section by keeping a heading. Judged once closing started. Stateless
 * and thread-safe.
 */
final class EndReportRule implements Rule {
    private static final List<String> SAFETY_HEADINGS = List.of("veiligheid", "safety");

    @Override
    public Criterion criterion() {
        return Criterion.T13;
    }

    @Override
    public boolean applies(DossierFacts facts) {
        return PlanPhase.closing(facts.plan());
    }

    @Override
    public List<Finding> findings(DossierFacts facts) {
        PlanState state = facts.plan();
        RecordRef closure = PlanIds.closure(state.dossier().family().id());
        String report = state.closure().map(Closure::endReport).orElse(null);
        if (Text.isBlank(report)) {
            return List.of(Finding.of(Criterion.T13, "T13:end-report", closure, Closure.Field.END_REPORT,
                    "check.t13.noEndReport"));
        }
        if (!hasSafetySection(report)) {
            return List.of(Finding.of(Criterion.T13, "T13:end-report-safety", closure, Closure.Field.END_REPORT,
                    "check.t13.endReportWithoutSafety"));
        }
        return List.of();
    }

    /** A line that, without leading marks ({@code #}, {@code *}, {@code -}) and spaces, starts with a safety heading. */
    static boolean hasSafetySection(String report) {
        return report.lines().map(line -> line.replaceFirst("^[\\s#*-]+", "").toLowerCase(Locale.ROOT))
                .anyMatch(line -> SAFETY_HEADINGS.stream().anyMatch(line::startsWith));
    }
}
