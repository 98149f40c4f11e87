package nl.keukentafel.logic.genogram.gedcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import nl.keukentafel.i18n.Localization;
import nl.keukentafel.logic.Dossier;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.model.Family;
import org.junit.jupiter.api.Test;

/** The tolerant line parser and the import plan, without a vault: warnings with line numbers, refusals, fuzzing. */
class GedcomReaderTest {
    private static final String MINIMAL = "0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 NAME Anna /Kuipers/\n0 TRLR\n";

    @Test
    void joinsContinuationsStripsTheByteOrderMarkAndReadsAnyLineEnd() {
        String text = "\uFEFF0 HEAD\r\n1 GEDC\r2 VERS 5.5.1\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NOTE eerste\n2 CONT tweede\n2 CONC  derde\n"
                + "1 _KT_SINCE @@ apenstaart\n0 TRLR";
        GedcomParser.Parsed parsed = new GedcomParser().parse(text);
        assertThat(parsed.issues()).isEmpty();
        GedcomNode person = parsed.records().get(1);
        assertThat(person.xref()).isEqualTo("I1");
        assertThat(person.childValue("NOTE")).isEqualTo("eerste\ntweede derde");
        assertThat(person.childValue("_KT_SINCE")).isEqualTo("@ apenstaart");
        assertThat(person.child("NOTE").orElseThrow().line()).isEqualTo(6);
    }

    @Test
    void aGedcom551FileWithAnotherCharacterSetIsReadWithAWarning() {
        ImportReport report = plan("0 HEAD\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR ANSEL\n0 @I1@ INDI\n"
                + "1 NAME Jan /Kuipers/\n1 NOTE lange\n2 CONC  regel\n0 TRLR\n");
        assertThat(report.refused()).isFalse();
        assertThat(report.newPersons()).isEqualTo(1);
        assertThat(report.warnings()).extracting(GedcomIssue::key, GedcomIssue::line).containsExactly(tuple("gedcom.warn.charset", 5));
    }

    @Test
    void malformedLinesAndLevelJumpsAreWarningsWithTheirLineNumbers() {
        GedcomParser.Parsed parsed = new GedcomParser().parse("0 HEAD\n1 GEDC\n2 VERS 7.0\nzomaar tekst\n0 @I1@ INDI\n3 NAME X\n0 TRLR\n");
        assertThat(parsed.issues()).extracting(GedcomIssue::line, GedcomIssue::key)
                .containsExactly(tuple(4, "gedcom.warn.malformedLine"),
                        tuple(6, "gedcom.warn.levelJump"));
        assertThat(parsed.issues()).noneMatch(GedcomIssue::isError);
    }

    @Test
    void aFileCutOffBeforeItsTrailerIsRefused() {
        ImportReport report = plan(MINIMAL.substring(0, MINIMAL.indexOf("0 TRLR")));
        assertThat(report.errors()).extracting(GedcomIssue::key).containsExactly("gedcom.error.noTrailer");
    }

    @Test
    void danglingPointersOwnParentsAndCyclesAreRefused() {
        assertThat(plan(head() + "0 @F1@ FAM\n1 HUSB @I1@\n1 CHIL @I9@\n0 TRLR\n").errors())
                .extracting(GedcomIssue::key, GedcomIssue::line).containsExactly(tuple("gedcom.error.pointer", 7));
        assertThat(plan(head() + "0 @F1@ FAM\n1 HUSB @I1@\n1 CHIL @I1@\n0 TRLR\n").errors())
                .extracting(GedcomIssue::key).containsExactly("gedcom.error.ownParent");
        String cycle = head() + "0 @I2@ INDI\n0 @F1@ FAM\n1 HUSB @I1@\n1 CHIL @I2@\n0 @F2@ FAM\n1 HUSB @I2@\n1 CHIL @I1@\n0 TRLR\n";
        assertThat(plan(cycle).errors()).extracting(GedcomIssue::key).containsExactly("gedcom.error.cycle");
    }

    @Test
    void unknownSexAndMalformedDatesAreKeptWithAWarning() {
        ImportReport report = plan(head() + "1 SEX Q\n1 BIRT\n2 DATE omstreeks de oorlog\n0 TRLR\n");
        assertThat(report.refused()).isFalse();
        assertThat(report.warnings()).extracting(GedcomIssue::key).containsExactly("gedcom.warn.sex", "gedcom.warn.date");
        assertThat(report.newPersons()).isEqualTo(1);
    }

    @Test
    void everyIssueReadsAsOneDutchAndOneEnglishSentence() {
        ImportReport report = plan(head() + "1 SEX Q\n1 OCCU Bakker\n1 _ABC x\n0 @S1@ SOUR\n0 TRLR\n");
        for (Localization text : List.of(new Localization(Localization.DUTCH), new Localization(Localization.ENGLISH))) {
            report.issues().forEach(issue -> assertThat(text.get(issue.key(), issue.messageArguments())).doesNotContain("!")
                    .containsPattern("^(Regel|Line) \\d+"));
        }
        assertThat(new Localization(Localization.DUTCH).get(report.issues().get(1).key(), report.issues().get(1).messageArguments()))
                .isEqualTo("Regel 6 (OCCU): geen onderdeel van het genogram; overgeslagen.");
    }

    @Test
    void randomTruncationAndGarbageGiveAReportNeverAnException() {
        String rich = head() + "1 SEX F\n1 FAMS @F1@\n1 _KT_EMOT @I2@\n2 TYPE CLOSE\n2 DATE FROM 2001 TO 2002\n0 @I2@ INDI\n1 FAMC @F1@\n"
                + "2 PEDI OTHER\n3 PHRASE step\n2 _KT_PLINK @I1@\n3 TYPE STEP\n1 ASSO @I1@\n2 ROLE MULTIPLE\n0 @F1@ FAM\n1 WIFE @I1@\n"
                + "1 CHIL @I2@\n1 _KT_UNION SEPARATED\n0 TRLR\n";
        Random random = new Random(20261201);
        String[] garbage = {"@", "0", "1 @X@", "2 DATE", "0 @I1@ INDI", "\u0000", "9 TAG", "1 FAMC @", "1 FAMC @@", "0 @F1@ FAM",
            "1 CHIL @I1@"};
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder(rich.substring(0, random.nextInt(rich.length() + 1)));
            for (int insert = random.nextInt(4); insert > 0; insert--) {
                int at = random.nextInt(text.length() + 1);
                text.insert(at, "\n" + garbage[random.nextInt(garbage.length)] + "\n");
            }
            String input = text.toString();
            assertThatCode(() -> plan(input)).as(input).doesNotThrowAnyException();
        }
        assertThat(plan(rich).refused()).isFalse();
    }

    static String head() {
        return "0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n";
    }

    static ImportReport plan(String text) {
        UUID dossier = UUID.randomUUID();
        Family family = new Family(dossier, "Huishouden", null, null, null, null, null, null, null, null, null, false);
        GenogramState empty = new GenogramState(new Dossier(family, List.of(), List.of()), Optional.empty(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        return new GedcomImporter().plan(dossier, empty, new GedcomParser().parse(text), UUID::randomUUID).report(false);
    }
}
