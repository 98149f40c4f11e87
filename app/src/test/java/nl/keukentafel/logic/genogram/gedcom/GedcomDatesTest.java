package nl.keukentafel.logic.genogram.gedcom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dates as typed in the app to GEDCOM date values and back; nothing typed is lost. */
class GedcomDatesTest {
    @Test
    void typedDatesAndYearsBecomeGedcomDates() {
        assertThat(GedcomDates.toGedcom("3-6-2007")).isEqualTo(new GedcomDates.Out("3 JUN 2007", null));
        assertThat(GedcomDates.toGedcom(" 14-02-1980 ")).isEqualTo(new GedcomDates.Out("14 FEB 1980", null));
        assertThat(GedcomDates.toGedcom("1950")).isEqualTo(new GedcomDates.Out("1950", null));
        assertThat(GedcomDates.toGedcom("05-2011")).isEqualTo(new GedcomDates.Out("MAY 2011", null));
        assertThat(GedcomDates.toGedcom("2011-05-02")).isEqualTo(new GedcomDates.Out("2 MAY 2011", null));
        assertThat(GedcomDates.toGedcom("ongeveer 40")).as("an estimate stays a phrase")
                .isEqualTo(new GedcomDates.Out("", "ongeveer 40"));
        assertThat(GedcomDates.toGedcom("abt 1950")).as("already a GEDCOM date").isEqualTo(new GedcomDates.Out("ABT 1950", null));
        assertThat(GedcomDates.toGedcom("31-02-2007")).as("impossible: kept as a phrase").isEqualTo(new GedcomDates.Out("", "31-02-2007"));
        assertThat(GedcomDates.toGedcom("zomer 2016")).isEqualTo(new GedcomDates.Out("", "zomer 2016"));
        assertThat(GedcomDates.toGedcom("  ")).isNull();
    }

    @Test
    void gedcomDatesComeBackAsTypedOrAsTheyWere() {
        assertThat(GedcomDates.fromGedcom("3 JUN 2007", "")).isEqualTo("03-06-2007");
        assertThat(GedcomDates.fromGedcom("1950", null)).isEqualTo("1950");
        assertThat(GedcomDates.fromGedcom("BET 1950 AND 1960", null)).isEqualTo("BET 1950 AND 1960");
        assertThat(GedcomDates.fromGedcom("MAR 1985", null)).as("a month as the app types it").isEqualTo("03-1985");
        assertThat(GedcomDates.fromGedcom("", "zomer 2016")).isEqualTo("zomer 2016");
        assertThat(GedcomDates.fromGedcom("(in de oorlog)", null)).as("a 5.5.1 date phrase").isEqualTo("in de oorlog");
        assertThat(GedcomDates.fromGedcom("31 FEB 1960", null)).isNull();
        assertThat(GedcomDates.fromGedcom("gisteren", null)).isNull();
    }

    @Test
    void relationPeriodsUseFromAndToOnlyForSimpleDates() {
        assertThat(GedcomDates.period("2009", "01-02-2012")).isEqualTo("FROM 2009 TO 1 FEB 2012");
        assertThat(GedcomDates.period("", "2012")).isEqualTo("TO 2012");
        assertThat(GedcomDates.period("na de zomer", "")).isNull();
        assertThat(GedcomDates.period("", null)).isNull();
        assertThat(GedcomDates.fromPeriod("FROM 2009 TO 1 FEB 2012")).containsExactly("2009", "01-02-2012");
        assertThat(GedcomDates.fromPeriod("TO 2012")).containsExactly("", "2012");
        assertThat(GedcomDates.fromPeriod("ergens")).isNull();
    }
}
