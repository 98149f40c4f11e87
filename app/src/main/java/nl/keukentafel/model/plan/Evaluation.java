package nl.keukentafel.model.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One evaluation moment. The safety per child now is a new {@code safety_assessment} with this evaluation's id; the
 * life-domain scores now sit here, beside the intake's. Immutable.
 */
public record Evaluation(
        UUID id,
        UUID dossierId,
        String heldOn,
        List<Attendance> attendance,
        List<GoalReview> reviews,
        Map<String, Integer> scores,
        String notes) {

    public Evaluation {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }

    /** Field names as stored and synced. */
    public static final class Field {
        public static final String HELD_ON = "heldOn";
        public static final String ATTENDANCE = "attendance";
        public static final String REVIEWS = "reviews";
        /** Domain code → score 1–5 now. */
        public static final String SCORES = "scores";
        public static final String NOTES = "notes";

        private Field() {
        }
    }
}
