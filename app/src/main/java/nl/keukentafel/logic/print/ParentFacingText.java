package nl.keukentafel.logic.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.Text;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.Plan;

/**
 * The typed texts the family will read in their plan (what goes well, the perspective and each member's own words,
 * goals, actions) with the plain-language findings of each. {@code place} names the field by a message key and a
 * number ("Doel 2"), never by what was typed. Stateless and thread-safe.
 */
public final class ParentFacingText {
    /** One typed field and what the check found in it. */
    public record Field(String placeKey, int number, String text, List<PlainLanguage.Finding> findings) {
        public Field {
            findings = List.copyOf(findings);
        }
    }

    private ParentFacingText() {
    }

    /** The fields of the version the family gets (the latest agreed one, or the draft), with findings; clean ones left out. */
    public static List<Field> findings(PlanState state, PlainLanguage check) {
        ShownPlan shown = ShownPlan.of(state);
        List<Field> fields = new ArrayList<>();
        Plan plan = shown.snapshot().plan();
        if (plan != null) {
            add(fields, check, "print.field.goesWell", 0, plan.goesWell());
            add(fields, check, "print.field.perspective", 0, plan.perspective());
            int member = 0;
            for (Map.Entry<String, String> own : plan.memberPerspectives().entrySet()) {
                add(fields, check, "print.field.memberPerspective", ++member, own.getValue());
            }
        }
        int goalPlace = 0;
        int actionPlace = 0;
        for (Goal goal : shown.snapshot().goals()) {
            add(fields, check, "print.field.goal", ++goalPlace, goal.text());
            for (Action action : shown.snapshot().actionsOf(goal.id())) {
                add(fields, check, "print.field.action", ++actionPlace, action.what());
            }
        }
        return fields;
    }

    private static void add(List<Field> fields, PlainLanguage check, String key, int number, String text) {
        if (Text.isBlank(text)) {
            return;
        }
        List<PlainLanguage.Finding> found = check.check(text);
        if (!found.isEmpty()) {
            fields.add(new Field(key, number, text.strip(), found));
        }
    }
}
