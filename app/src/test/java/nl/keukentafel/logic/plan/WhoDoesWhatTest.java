package nl.keukentafel.logic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.ActionStatus;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.OwnerKind;
import org.junit.jupiter.api.Test;

/** The "wie doet wat wanneer" overview resolves owners from the dossier and sorts by person and by date. */
class WhoDoesWhatTest {
    private static final Goal SCHOOL = Bakker.goal(1, "Daan gaat weer elke dag naar school");
    private static final Goal DEBTS = Bakker.goal(2, "Overzicht over de schulden");

    @Test
    void rowsNameTheOwnerAndSortByPersonAndByDate() {
        Action school = Bakker.action(1, SCHOOL, OwnerKind.CONTACT, Bakker.SCHOOL.id(), "Belt bij afwezigheid", "15-12-2026");
        Action visit = Bakker.action(2, SCHOOL, OwnerKind.REGISSEUR, null, "Huisbezoek", "03-12-2026");
        Action budget = Bakker.action(3, DEBTS, OwnerKind.MEMBER, Bakker.ANNA.id(), "Maakt een budgetplan", "10-12-2026");
        Action typed = new Action(Bakker.id(304), Bakker.DOSSIER, DEBTS.id(), OwnerKind.NAMED, null, "Schuldhulp Zeeland",
                "Intakegesprek", "", ActionStatus.NOT_STARTED, null);
        Action nobody = new Action(Bakker.id(305), Bakker.DOSSIER, DEBTS.id(), null, null, null, "Nog verdelen", "01-12-2026",
                ActionStatus.NOT_STARTED, null);

        List<WhoDoesWhat.Row> rows = WhoDoesWhat.rows(Bakker.state(List.of(SCHOOL, DEBTS), List.of(school, visit, budget, typed, nobody),
                null));

        assertThat(rows).extracting(WhoDoesWhat.Row::owner).containsExactly("Meester Jansen", "Joke de Regisseur", "Anna Bakker",
                "Schuldhulp Zeeland", "");
        assertThat(rows.get(2).goalPlace()).isEqualTo(2);
        assertThat(rows.stream().sorted(WhoDoesWhat.BY_PERSON).map(WhoDoesWhat.Row::actionId))
                .containsExactly(budget.id(), visit.id(), school.id(), typed.id(), nobody.id());
        assertThat(rows.stream().sorted(WhoDoesWhat.BY_DATE).map(WhoDoesWhat.Row::actionId))
                .containsExactly(nobody.id(), visit.id(), budget.id(), school.id(), typed.id());
    }
}
