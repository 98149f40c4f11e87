package nl.keukentafel.logic.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.keukentafel.logic.intake.ImportProblem;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.ClosureReason;
import nl.keukentafel.model.plan.PartnerNotice;

/**
 * When a dossier may be closed (ADR 0005): every professional contact and the referrer marked informed or skipped
 * with a reason, a reason for closing, the follow-up's partner when follow-up was arranged, and when the consequences
 * were explained when the family ended the help. Stateless and thread-safe.
 */
public final class ClosureRules {
    private ClosureRules() {
    }

    /** Every involved partner (professional contacts and the referrer) in the Netwerk tab's order. */
    public static List<Contact> partners(PlanState state) {
        UUID referrer = state.plan().map(plan -> plan.referrerContactId()).orElse(null);
        return state.dossier().contacts().stream()
                .filter(contact -> contact.professional() || contact.id().equals(referrer)).toList();
    }

    /** The partners not yet marked informed (with a date) or skipped (with a reason). */
    public static List<Contact> unmarked(PlanState state) {
        List<PartnerNotice> notices = state.closure().map(Closure::notices).orElse(List.of());
        return partners(state).stream()
                .filter(contact -> notices.stream().noneMatch(notice -> contact.id().equals(notice.contactId()) && notice.marked()))
                .toList();
    }

    /**
     * The closure field its reason still needs: {@code reason} when none is chosen, {@code followUpWith} for a follow-up
     * without whom, {@code consequencesExplainedOn} when the family ended the help and the consequences were not
     * explained; empty when the reason stands. Shared by closing and the dossier check (T13).
     */
    public static Optional<String> reasonGap(Closure closure) {
        ClosureReason reason = closure == null ? null : closure.reason();
        if (reason == null) {
            return Optional.of(Closure.Field.REASON);
        } else if (reason == ClosureReason.FOLLOW_UP_ARRANGED && Text.isBlank(closure.followUpWith())) {
            return Optional.of(Closure.Field.FOLLOW_UP_WITH);
        } else if (reason == ClosureReason.FAMILY_ENDED && Text.isBlank(closure.consequencesExplainedOn())) {
            return Optional.of(Closure.Field.CONSEQUENCES_EXPLAINED_ON);
        }
        return Optional.empty();
    }

    /** Why closing is refused now; empty when it may close. Names the unmarked partners for the screen. */
    public static List<ImportProblem> problems(PlanState state) {
        List<ImportProblem> problems = new ArrayList<>();
        if (state.closed()) {
            problems.add(ImportProblem.of("plan.refusal.alreadyClosed"));
            return problems;
        }
        reasonGap(state.closure().orElse(null)).ifPresent(field -> problems.add(ImportProblem.of(switch (field) {
            case Closure.Field.FOLLOW_UP_WITH -> "plan.refusal.followUpWithWhom";
            case Closure.Field.CONSEQUENCES_EXPLAINED_ON -> "plan.refusal.consequencesNotExplained";
            default -> "plan.refusal.closeWithoutReason";
        })));
        List<Contact> unmarked = unmarked(state);
        if (!unmarked.isEmpty()) {
            String names = unmarked.stream().map(contact -> Text.isBlank(contact.name()) ? "?" : contact.name().strip())
                    .collect(Collectors.joining(", "));
            problems.add(ImportProblem.of("plan.refusal.partnersNotInformed", unmarked.size(), names));
        }
        return problems;
    }
}
