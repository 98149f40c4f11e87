package nl.keukentafel.gui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.OwnerKind;
import nl.keukentafel.model.plan.Party;
import nl.keukentafel.model.plan.PlanVersion;
import nl.keukentafel.model.plan.Vote;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's "done when", with the keyboard: a mother with children of 9, 11 and 14 and a father living elsewhere get
 * three prioritised goals with owners and dates (one for the mother, two for different children), reordered with
 * Alt+Up; the mother and the 14-year-old agree (the others absent); editing one goal's text afterwards leaves version
 * 1 as agreed, and comparing version 1 with the draft marks exactly that goal.
 */
class PlanDoneWhenTest extends PlanGuiTestBase {
    private static final String MOTHER_GOAL = "Fatima heeft overzicht over haar geldzaken";
    private static final String NOOR_GOAL = "Noor gaat weer elke dag naar school";
    private static final String LIEKE_GOAL = "Lieke slaapt weer thuis";

    @Test
    void threeGoalsReorderedAgreedAndComparedAfterOneEdit() {
        openPlanTab();
        push(KeyCode.CONTROL, KeyCode.ENTER);
        assertFocus("planProblemAnalysis");
        write("Schulden en schoolverzuim hangen samen.");

        addGoal(1, MOTHER_GOAL, "goalMember-1-Fatima", 0, "Belt de schuldhulp");
        addGoal(2, NOOR_GOAL, "goalMember-2-Noor", 2, "Brengt Noor naar school");
        addGoal(3, LIEKE_GOAL, "goalMember-3-Lieke", 4, "Praat met Lieke over thuis");

        focusOn("goalText-3");
        push(KeyCode.ALT, KeyCode.UP);
        waitUntil("Lieke's goal second", () -> stored().goals().get(1).text().equals(LIEKE_GOAL));
        assertFocus("goalText-2");
        PlanState reordered = stored();
        assertThat(reordered.goals()).extracting(Goal::text).containsExactly(MOTHER_GOAL, LIEKE_GOAL, NOOR_GOAL);
        assertThat(reordered.goals()).extracting(goal -> goal.memberIds().get(0))
                .containsExactly(family.mother, family.fourteen, family.nine);
        assertThat(reordered.actions()).extracting(Action::ownerKind).containsOnly(OwnerKind.MEMBER);
        assertThat(reordered.actions()).allSatisfy(action -> assertThat(action.dueDate()).isNotBlank());

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        assertFocus("agreeDate");
        assertThat(lookup("#agreeWarnings").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .as("every goal has an action, an owner and dates: nothing to warn about").isEmpty();
        vote(1, Vote.AGREED);
        vote(2, Vote.ABSENT);
        vote(3, Vote.AGREED);
        vote(4, Vote.ABSENT);
        clickOn("#agreeConfirm");
        waitUntil("version 1 stored", () -> stored().versions().size() == 1);
        PlanVersion first = stored().versions().get(0);
        assertThat(first.agreedOn()).isEqualTo(FieldCheck.write(today));
        assertThat(first.parties()).filteredOn(party -> party.vote() == Vote.AGREED).extracting(Party::personId)
                .containsExactly(family.mother, family.fourteen);
        assertThat(first.parties()).extracting(Party::personId).doesNotContain(family.nine, family.eleven);

        focusOn("goalText-3");
        push(KeyCode.END).write(" en op tijd");
        waitUntil("the draft changed", () -> stored().goals().get(2).text().equals(NOOR_GOAL + " en op tijd"));
        assertThat(stored().versions().get(0).snapshot().goals()).extracting(Goal::text)
                .as("version 1 stays as agreed").containsExactly(MOTHER_GOAL, LIEKE_GOAL, NOOR_GOAL);

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        assertFocus("compareLeft");
        List<String> marks = List.of(mark(1), mark(2), mark(3));
        assertThat(marks).containsExactly("plan-change-unchanged", "plan-change-unchanged", "plan-change-changed");
        assertThat(lookup("#compareMark-3").queryAs(Label.class).getText()).isEqualTo("Gewijzigd: tekst");
        assertThat(lookup("#compareOld-3").queryAs(Label.class).getText()).isEqualTo(NOOR_GOAL);
        assertThat(lookup("#compareNew-3").queryAs(Label.class).getText()).isEqualTo(NOOR_GOAL + " en op tijd");
    }

    /** Ctrl+Shift+G, the text, the member, the target date, then Ctrl+Shift+A: the owner (a member), what, by when. */
    private void addGoal(int place, String text, String memberBox, int owner, String what) {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        assertFocus("goalText-" + place);
        write(text);
        focusOn(memberBox);
        type(KeyCode.SPACE);
        focusOn("goalTarget-" + place);
        write(FieldCheck.write(today.plusMonths(3)));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        assertFocus("action-" + place + "-1-owner");
        choose(owner);
        type(KeyCode.TAB);
        assertFocus("action-" + place + "-1-what");
        write(what).type(KeyCode.TAB);
        assertFocus("action-" + place + "-1-due");
        write(FieldCheck.write(today.plusWeeks(2)));
    }

    private void vote(int line, Vote vote) {
        focusOn("agreeVote-" + line);
        choose(vote.ordinal());
    }

    private String mark(int place) {
        return lookup("#compareMark-" + place).query().getStyleClass().stream().filter(style -> style.startsWith("plan-change-"))
                .findFirst().orElse("");
    }
}
