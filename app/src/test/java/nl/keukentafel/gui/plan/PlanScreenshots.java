package nl.keukentafel.gui.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.intake.IntakeService;
import nl.keukentafel.logic.plan.PlanService;
import nl.keukentafel.model.Contact;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.intake.DomainList;
import nl.keukentafel.model.intake.Intake;
import nl.keukentafel.model.plan.Action;
import nl.keukentafel.model.plan.Agreement;
import nl.keukentafel.model.plan.Closure;
import nl.keukentafel.model.plan.Goal;
import nl.keukentafel.model.plan.Plan;
import nl.keukentafel.model.plan.PlanIds;
import nl.keukentafel.model.plan.Referral;
import org.junit.jupiter.api.Test;

/**
 * Not a check: photographs the Werkplan tab at 1024×700 with a fictional family, for people to look at. Runs only with
 * {@code -Dkeukentafel.screenshots=DIR}; headless (Monocle) or under Xvfb with the 'display' profile.
 */
class PlanScreenshots extends PlanGuiTestBase {
    private Path target;

    @Override
    protected WindowSize windowSize() {
        return SMALL_SCREEN;
    }

    @Test
    void photographTheWerkplanTab() {
        String directory = System.getProperty("keukentafel.screenshots");
        assumeTrue(directory != null && !directory.isBlank(), "screenshots only on request");
        target = Path.of(directory);
        Session session = session();
        intake(session);
        openPlanTab();
        photograph("30-werkplan-1-start");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        assertFocus("planProblemAnalysis");
        plan(session);
        interact(() -> lookup("#planView").query().getScene().getRoot().requestLayout());
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        waitUntil("goals shown", () -> lookup("#goalText-3").tryQuery().isPresent());
        photograph("30-werkplan-2-analysis");
        focusOn("goalText-1");
        photograph("30-werkplan-3-goals");
        focusOn("action-2-1-what");
        photograph("30-werkplan-4-actions");
        scrollTo(0.78);
        photograph("30-werkplan-5-overview-coordination");
        scrollTo(1.0);
        photograph("30-werkplan-6-referrals-fgp");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        assertFocus("goalText-4");
        write("Ruben ziet de kinderen elk weekend");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        assertFocus("agreeDate");
        photograph("30-werkplan-7-agree");
        focusOn("agreeVote-1");
        choose(0);
        focusOn("agreeVote-3");
        choose(0);
        clickOn("#agreeConfirm");
        waitUntil("version 1", () -> stored().versions().size() == 1);
        focusOn("goalText-2");
        push(KeyCode.END).write(" en sport weer");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        assertFocus("compareLeft");
        photograph("30-werkplan-8-compare");
        clickOn("#compareClose");
        interact(() -> {
            @SuppressWarnings("unchecked")
            var versions = (javafx.scene.control.ComboBox<PlanBar.Choice>) lookup("#planVersionChoice").query();
            versions.setValue(versions.getItems().get(1));
        });
        waitUntil("version banner", () -> lookup("#planVersionBanner").query().isVisible());
        photograph("30-werkplan-9-version-read-only");
        interact(() -> {
            @SuppressWarnings("unchecked")
            var versions = (javafx.scene.control.ComboBox<PlanBar.Choice>) lookup("#planVersionChoice").query();
            versions.setValue(versions.getItems().get(0));
        });
        RecordRef closure = session.plan().prepareClosure(family.dossier).join();
        session.vault().records().patch(closure, Map.of(Closure.Field.CLOSED, true, Closure.Field.CLOSED_ON,
                FieldCheck.write(today))).join();
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        waitUntil("closed banner", () -> lookup("#planClosedBanner").query().isVisible());
        photograph("30-werkplan-10-closed");
    }

    private void scrollTo(double value) {
        interact(() -> ((ScrollPane) lookup("#planScroll").query()).setVvalue(value));
    }

    private void intake(Session session) {
        UUID dossier = family.dossier;
        session.vault().records().patch(new RecordRef(RecordKind.INTAKE, IntakeService.intakeId(dossier), dossier), Map.of(
                Intake.Field.FAMILY_CAN, "Fatima houdt de dagstructuur vast; de kinderen helpen in huis.",
                Intake.Field.NETWORK_CAN, "Oma past twee middagen per week op Noor en Sem.",
                Intake.Field.HELP_NEEDED, "Schulden, schoolverzuim van Noor, zorgen om Lieke.")).join();
        List<DomainList.DomainDefinition> domains = DomainLists.defaultList().domains();
        int[] scores = {2, 3, 4};
        for (int index = 0; index < scores.length; index++) {
            RecordRef ref = IntakeService.domainRef(dossier, domains.get(index).code());
            Map<String, Object> fields = Map.of("score", scores[index]);
            if (!session.vault().records().createIfAbsent(ref, fields).join()) {
                session.vault().records().patch(ref, fields).join();
            }
        }
        contact(session, "Meester Bram", "Basisschool De Linde", "leerkracht Noor", "b.deboer@delinde.example", "0111 123 456",
                "ma–vr");
        contact(session, "Dokter Bakker", "Huisartsenpraktijk Zuid", "huisarts", "", "0111 654 321", "ma–vr 8–17 uur");
    }

    private void contact(Session session, String name, String organisation, String relation, String email, String phone,
                         String days) {
        session.vault().records().create(RecordKind.CONTACT, family.dossier, Map.of(Contact.Field.NAME, name,
                Contact.Field.ORGANISATION, organisation, Contact.Field.RELATION, relation, Contact.Field.EMAIL, email,
                Contact.Field.PHONE, phone, Contact.Field.DAYS_REACHABLE, days, Contact.Field.PROFESSIONAL, true)).join();
    }

    private void plan(Session session) {
        PlanService plan = session.plan();
        UUID dossier = family.dossier;
        RecordRef planRef = PlanIds.plan(dossier);
        plan.edit(planRef, Plan.Field.PROBLEM_ANALYSIS, "De schulden geven Fatima veel stress. Noor mist vaak school; Lieke "
                + "slaapt steeds vaker bij vriendinnen. Ruben woont elders en ziet de kinderen om het weekend.");
        plan.edit(planRef, Plan.Field.GOES_WELL, "Fatima zoekt zelf hulp. Oma helpt mee. De kinderen gaan graag naar hun vader.");
        plan.edit(planRef, Plan.Field.PERSPECTIVE, "Over een jaar heeft het gezin rust: geen nieuwe schulden en iedereen gaat naar "
                + "school.");
        plan.edit(planRef, Plan.Field.FGP_OFFERED_ON, FieldCheck.write(today.minusWeeks(2)));
        plan.edit(planRef, Plan.Field.FGP_OUTCOME, "DECLINED");
        plan.edit(planRef, Plan.Field.FGP_REASON, "Fatima wil eerst zelf beginnen; over drie maanden opnieuw bespreken.");
        goal(session, "Fatima heeft overzicht over haar geldzaken", family.mother, "Belt de schuldhulpverlening", family.mother, 2);
        goal(session, "Noor gaat weer elke dag naar school", family.nine, "Brengt Noor elke ochtend naar school", family.mother, 1);
        goal(session, "Lieke slaapt weer thuis", family.fourteen, "Praat met Lieke over wat zij nodig heeft", null, 3);
        RecordRef agreement = plan.addAgreement(dossier).join();
        plan.edit(agreement, Agreement.Field.WITH_WHOM, "School en huisarts");
        plan.edit(agreement, Agreement.Field.HOW, "PHONE");
        plan.edit(agreement, Agreement.Field.FREQUENCY, "Elke 3 weken");
        plan.edit(agreement, Agreement.Field.NEXT_ON, FieldCheck.write(today.plusWeeks(3)));
        RecordRef referral = plan.addReferral(dossier).join();
        plan.edit(referral, Referral.Field.PROVIDER, "Schuldhulp Zeeland");
        plan.edit(referral, Referral.Field.KIND, "Schuldhulpverlening");
        plan.edit(referral, Referral.Field.REQUESTED_ON, FieldCheck.write(today.minusWeeks(1)));
        plan.edit(referral, Referral.Field.VALID_UNTIL, "31-13-2026");
        plan.read(dossier);
    }

    private void goal(Session session, String text, UUID member, String what, UUID owner, int weeks) {
        PlanService plan = session.plan();
        RecordRef goal = plan.addGoal(family.dossier, text).join();
        plan.edit(goal, Goal.Field.MEMBER_IDS, List.of(member));
        plan.edit(goal, Goal.Field.TARGET_DATE, FieldCheck.write(today.plusMonths(4)));
        plan.edit(goal, Goal.Field.VOICED_BY, "PARENT");
        plan.edit(goal, Goal.Field.VOICED_BY_NAME, "Fatima");
        plan.edit(goal, Goal.Field.DOMAIN_CODES, List.of(DomainLists.defaultList().domains().get(weeks - 1).code()));
        RecordRef action = plan.addAction(family.dossier, goal.id()).join();
        plan.edit(action, Action.Field.WHAT, what);
        plan.edit(action, Action.Field.OWNER_KIND, owner == null ? "REGISSEUR" : "MEMBER");
        plan.edit(action, Action.Field.OWNER_ID, owner);
        plan.edit(action, Action.Field.DUE_DATE, FieldCheck.write(today.plusWeeks(weeks)));
        plan.read(family.dossier);
    }

    private void photograph(String name) {
        Path file = target.resolve(name + ".png");
        writePng(windowShot(), file);
        try {
            assertThat(Files.size(file)).isPositive();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
