package nl.keukentafel.logic.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.ActionStatus;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.OwnerKind;

/**
 * The "wie doet wat wanneer" overview across all goals: one row per action with the owner's name resolved from the
 * dossier, the due date and its goal; sortable by person and by date. Stateless and thread-safe.
 */
public final class WhoDoesWhat {
    /** By owner name (case-insensitive; no owner last), then due date. */
    public static final Comparator<Row> BY_PERSON = Comparator.comparing((Row row) -> row.owner().isBlank())
            .thenComparing(row -> row.owner().toLowerCase(Locale.ROOT)).thenComparing(WhoDoesWhat::dueKey)
            .thenComparingInt(Row::goalPlace);
    /** By due date (no or unreadable date last), then owner name. */
    public static final Comparator<Row> BY_DATE = Comparator.comparing(WhoDoesWhat::dueKey)
            .thenComparing(row -> row.owner().toLowerCase(Locale.ROOT)).thenComparingInt(Row::goalPlace);

    private WhoDoesWhat() {
    }

    /**
     * One action: who ({@code owner} empty when none chosen, or the regisseur without a name: see {@code ownerKind}),
     * what, by when ({@code dueDate} as typed, {@code due} when readable), status, and its goal with its place (1 = first).
     */
    public record Row(UUID actionId, UUID goalId, int goalPlace, String goalText, OwnerKind ownerKind, String owner,
                      String what, String dueDate, Optional<LocalDate> due, ActionStatus status, String note) {
    }

    /** The rows in goal order, actions of a goal in creation order. */
    public static List<Row> rows(PlanState state) {
        List<Row> rows = new ArrayList<>();
        int place = 0;
        for (Goal goal : state.goals()) {
            place++;
            for (Action action : state.actionsOf(goal.id())) {
                rows.add(new Row(action.id(), goal.id(), place, text(goal.text()), action.ownerKind(),
                        People.owner(state.dossier(), action), text(action.what()), text(action.dueDate()),
                        FieldCheck.parseDate(action.dueDate()), action.status(), text(action.note())));
            }
        }
        return rows;
    }

    private static LocalDate dueKey(Row row) {
        return row.due().orElse(LocalDate.MAX);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
