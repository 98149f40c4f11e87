package nl.keukentafel.logic.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.keukentafel.logic.plan.PlanState;
import org.junit.jupiter.api.Test;

/** The plain-language check: long sentences, long words and jargon, each with a suggestion; clean text finds nothing. */
class PlainLanguageTest {
    private final PlainLanguage check = PlainLanguage.standard();

    @Test
    void jargonFromTheListAndTheSocialCareAdditionsComesWithItsSuggestion() {
        List<PlainLanguage.Finding> found = check.check("U krijgt een beschikking voor ambulante hulp. Dit is derhalve geregeld.");

        assertThat(found).contains(new PlainLanguage.Finding(PlainLanguage.Kind.JARGON, "beschikking", "besluit"),
                new PlainLanguage.Finding(PlainLanguage.Kind.JARGON, "derhalve", "daarom"));
        assertThat(found).extracting(PlainLanguage.Finding::fragment).contains("ambulante");
    }

    @Test
    void aLongSentenceAndALongWordAreFound() {
        List<PlainLanguage.Finding> found = check.check("Wij gaan samen met de school en de huisarts en oma kijken hoe wij "
                + "ervoor kunnen zorgen dat Daan weer elke dag naar school gaat. Opvoedingsondersteuningsgesprek.");

        assertThat(found).extracting(PlainLanguage.Finding::kind)
                .contains(PlainLanguage.Kind.LONG_SENTENCE, PlainLanguage.Kind.LONG_WORD);
        assertThat(found).filteredOn(finding -> finding.kind() == PlainLanguage.Kind.LONG_SENTENCE).first()
                .extracting(PlainLanguage.Finding::suggestion).isEqualTo("25");
    }

    @Test
    void plainTextFindsNothing() {
        assertThat(check.check("Daan gaat elke dag naar school. Oma helpt mee.")).isEmpty();
    }

    @Test
    void theFamilyPlansFieldsAreCheckedAndNamedByPlaceNotByText() {
        PlanState state = PrintFamilies.small().plan();
        PlanState withJargon = new PlanState(state.dossier(), state.plan().map(plan -> new nl.keukentafel.model.plan.Plan(plan.id(),
                plan.dossierId(), plan.startedOn(), plan.problemAnalysis(), "De zelfredzaamheid is goed.", plan.perspective(),
                plan.memberPerspectives(), null, null, null, null, null)), state.goals(), state.actions(), state.agreements(),
                state.referrals(), List.of(), List.of(), List.of(), List.of(), List.of(), java.util.Optional.empty(), List.of());

        List<ParentFacingText.Field> fields = ParentFacingText.findings(withJargon, check);

        assertThat(fields).extracting(ParentFacingText.Field::placeKey).containsExactly("print.field.goesWell");
        assertThat(fields.get(0).findings()).extracting(PlainLanguage.Finding::suggestion).containsExactly("wat u zelf kunt");
    }
}
