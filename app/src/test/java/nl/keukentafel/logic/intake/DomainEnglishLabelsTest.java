package nl.keukentafel.logic.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.keukentafel.model.intake.DomainList;
import org.junit.jupiter.api.Test;

/** The shipped domain list names every life domain in English too; a list without English labels shows the Dutch. */
class DomainEnglishLabelsTest {
    @Test
    void everyShippedDomainHasAnEnglishLabel() {
        DomainList shipped = DomainLists.defaultList();
        assertThat(shipped.domains()).allSatisfy(domain -> assertThat(domain.labelEn()).as(domain.code()).isNotBlank());
        DomainList.DomainDefinition finances = shipped.domains().get(0);
        assertThat(finances.label(Locale.ENGLISH)).isEqualTo("Finances");
        assertThat(finances.label(Locale.of("nl", "NL"))).isEqualTo("Financiën");
        DomainList.DomainDefinition own = new DomainList.DomainDefinition("eigen", "Eigen domein", "Eigen", null, null);
        assertThat(own.label(Locale.ENGLISH)).isEqualTo("Eigen domein");
    }
}
