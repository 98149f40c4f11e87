package nl.keukentafel.gui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.keukentafel.gui.common.CurrentThreadTaskExecutor;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.Autosaver;
import nl.keukentafel.logic.check.CheckEngine;
import nl.keukentafel.logic.check.CheckReport;
import nl.keukentafel.logic.check.Criterion;
import nl.keukentafel.logic.check.DossierChecker;
import nl.keukentafel.logic.check.DossierFacts;
import nl.keukentafel.logic.check.Finding;
import nl.keukentafel.logic.check.Rule;
import nl.keukentafel.logic.check.Verdict;
import nl.keukentafel.logic.intake.IntakeFixture;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.model.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Toets tab's view model on a real encrypted vault, without a window. The checker runs one small rule of its own
 * (a regisseur must be named), so the test does not follow the real rules' wording; the real rules have their own tests.
 */
class CheckViewModelTest {
    private final Localization dutch = new Localization(Localization.DUTCH);

    @TempDir
    Path directory;
    private IntakeFixture fixture;
    private UUID dossier;
    private DossierChecker checker;
    private final List<Runnable> listeners = new ArrayList<>();
    private int closed;
    private CheckViewModel model;

    /** T7 in miniature: the household names a regisseur. */
    private static final class RegisseurNamed implements Rule {
        @Override
        public Criterion criterion() {
            return Criterion.T7;
        }

        @Override
        public boolean applies(DossierFacts facts) {
            return true;
        }

        @Override
        public List<Finding> findings(DossierFacts facts) {
            Family family = facts.dossier().family();
            if (!Text.isBlank(family.regisseurName())) {
                return List.of();
            }
            return List.of(new Finding(Criterion.T7, "T7:test-regisseur:" + family.id(),
                    new RecordRef(RecordKind.FAMILY, family.id(), family.id()), Family.Field.REGISSEUR_NAME,
                    "check.criterion.T7", List.of()));
        }
    }

    @BeforeEach
    void familyWithoutRegisseur() throws Exception {
        fixture = new IntakeFixture(directory);
        dossier = fixture.family("Gezin Visser");
        Autosaver autosaver = new Autosaver(fixture.session().vault().records(), Clock.systemDefaultZone(), status -> { });
        checker = new DossierChecker(fixture.session().vault(), autosaver, Clock.systemDefaultZone(),
                new CheckEngine(List.of(new RegisseurNamed())));
        model = new CheckViewModel(checker, dossier, new CurrentThreadTaskExecutor(), changed -> {
            listeners.add(changed);
            return () -> {
                closed++;
                listeners.remove(changed);
            };
        });
    }

    @AfterEach
    void lock() throws Exception {
        fixture.close();
    }

    private CheckReport report() {
        return model.reportProperty().get();
    }

    @Test
    void showsEachCriterionWithItsVerdictAndTheOpenFindingUnderIt() {
        model.activate();

        assertThat(report().openCount()).isEqualTo(1);
        assertThat(report().result(Criterion.T7).verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(report().result(Criterion.T9).verdict()).as("no rule of T9 applies").isEqualTo(Verdict.NOT_YET_APPLICABLE);
        List<CheckViewModel.Line> lines = CheckViewModel.lines(report());
        assertThat(lines).filteredOn(CheckViewModel.Line::isCriterion).hasSize(Criterion.values().length);
        int t7 = lines.indexOf(lines.stream().filter(line -> line.isCriterion()
                && line.criterion().criterion() == Criterion.T7).findFirst().orElseThrow());
        CheckViewModel.Line finding = lines.get(t7 + 1);
        assertThat(finding.finding()).isNotNull();
        assertThat(finding.id()).as("a stable node id without the key's colons")
                .isEqualTo("checkFinding-T7_test-regisseur_" + dossier);
        assertThat(model.placeOf(finding.finding())).isEqualTo(new FindingPlace("familyTab",
                new RecordRef(RecordKind.FAMILY, dossier, dossier), Family.Field.REGISSEUR_NAME));
    }

    @Test
    void anExceptionNeedsAReasonThenShowsAsMetWithItAndCanBeWithdrawn() {
        model.activate();
        Finding finding = report().open().get(0);

        assertThat(model.waive(finding, "   ")).get().extracting(text -> text.in(dutch)).asString()
                .startsWith("Geef een reden");
        assertThat(checker.waivers(dossier)).as("nothing written").isEmpty();

        assertThat(model.waive(finding, " De regie ligt bij Veilig Thuis ")).isEmpty();
        assertThat(report().openCount()).isZero();
        assertThat(report().result(Criterion.T7).verdict()).isEqualTo(Verdict.MET);
        assertThat(report().result(Criterion.T7).waived()).singleElement()
                .satisfies(waived -> assertThat(waived.waiver().reason()).isEqualTo("De regie ligt bij Veilig Thuis"));
        assertThat(model.messageProperty().get().in(dutch)).isEqualTo("Uitzondering vastgelegd.");

        model.unwaive(report().result(Criterion.T7).waived().get(0));
        assertThat(report().openCount()).isEqualTo(1);
        assertThat(checker.waivers(dossier)).isEmpty();
    }

    @Test
    void checksAgainWhenTheDossierChangesAndStopsListeningWhenLeft() {
        model.activate();
        assertThat(listeners).hasSize(1);

        fixture.patch(new RecordRef(RecordKind.FAMILY, dossier, dossier), Map.of(Family.Field.REGISSEUR_NAME, "Anouk de Wit"));
        assertThat(report().openCount()).as("not yet told").isEqualTo(1);
        listeners.get(0).run();
        assertThat(report().openCount()).isZero();

        model.deactivate();
        assertThat(closed).isEqualTo(1);
        assertThat(listeners).isEmpty();
    }
}
