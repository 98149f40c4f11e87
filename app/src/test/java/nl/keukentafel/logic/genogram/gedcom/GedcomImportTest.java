package nl.keukentafel.logic.genogram.gedcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.logic.genogram.GenogramState;
import nl.keukentafel.model.Gender;
import nl.keukentafel.model.genogram.GenoPerson;
import nl.keukentafel.model.genogram.ParentLinkKind;
import nl.keukentafel.model.genogram.UnionEventType;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.StoreException;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing into a real vault: an outside program's file, refusals and a full disk that write nothing, dry runs, audit. */
class GedcomImportTest {
    @TempDir
    Path directory;
    private SessionManager manager;
    private Session session;
    private GedcomService gedcom;
    private UUID dossier;

    @BeforeEach
    void emptyDossier() throws Exception {
        manager = new SessionManager(new VaultLocation(directory), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
        gedcom = new GedcomService(session.vault(), session.genogram(), Clock.systemUTC());
        dossier = session.caseload().createFamily("Familie Zwaagstra").join();
    }

    @AfterEach
    void lock() {
        manager.lock();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = GedcomImportTest.class.getResourceAsStream("/gedcom/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anOutsideProgramsFileComesInWithWhatItCouldNotUseListed() throws IOException {
        ImportReport report = gedcom.importText(dossier, resource("outside-program.ged"), false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.written()).isTrue();
        GenogramState state = session.genogram().read(dossier);
        GenoPerson gerrit = person(state, "Gerrit");
        assertThat(gerrit).extracting(GenoPerson::familyName, GenoPerson::gender, GenoPerson::birthDate, GenoPerson::deceased,
                GenoPerson::deathDate).containsExactly("Zwaagstra", Gender.MALE, "02-01-1931", true, "ABT 1999");
        assertThat(person(state, "Trijntje").note()).as("a NOTE record pointed at").isEqualTo("Was onderwijzeres.");
        assertThat(person(state, "Klaas").birthDate()).as("an impossible date is kept as written").isEqualTo("31 FEB 1960");
        assertThat(person(state, "Onbekend").gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(state.unions()).singleElement().satisfies(union -> {
            assertThat(List.of(union.partnerA(), union.partnerB())).containsExactly(gerrit.id(), person(state, "Trijntje").id());
            assertThat(union.events()).extracting(event -> event.type() + " " + event.date()).containsExactly(UnionEventType.MARRIED
                    + " 10-06-1958");
        });
        UUID baukje = person(state, "Baukje").id();
        assertThat(state.parentLinks()).hasSize(4).filteredOn(link -> link.child().equals(baukje))
                .extracting(link -> link.linkKind()).containsOnly(ParentLinkKind.ADOPTIVE);
        assertThat(report.warnings()).extracting(issue -> issue.line() + " " + issue.tag() + " " + issue.key()).containsExactly(
                "18 PLAC gedcom.warn.skipped", "19 SOUR gedcom.warn.skipped", "23 OCCU gedcom.warn.skipped",
                "25 OBJE gedcom.warn.skipped", "26 _XYZ gedcom.warn.unknownExtension", "38 DATE gedcom.warn.date",
                "48 ASSO gedcom.warn.association", "52 SEX gedcom.warn.sex", "60 PLAC gedcom.warn.skipped",
                "61 _XYZ gedcom.warn.unknownExtension", "62 SOUR gedcom.warn.recordSkipped", "64 OBJE gedcom.warn.recordSkipped",
                "68 REPO gedcom.warn.recordSkipped");
    }

    @Test
    void aPlanWithAnErrorWritesNothing() {
        int before = session.vault().records().dossierRecords(dossier).size();
        String text = "0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 NAME Anna /Kuipers/\n0 @I2@ INDI\n1 NAME Bram /Kuipers/\n"
                + "0 @F1@ FAM\n1 HUSB @I2@\n1 WIFE @I1@\n1 MARR Y\n1 CHIL @I3@\n0 TRLR\n";

        ImportReport report = gedcom.importText(dossier, text, false);

        assertThat(report.refused()).isTrue();
        assertThat(report.written()).isFalse();
        assertThat(report.errors()).extracting(GedcomIssue::line, GedcomIssue::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(12, "gedcom.error.pointer"));
        assertThat(session.vault().records().dossierRecords(dossier)).hasSize(before);
        session.vault().database().flush();
        AuditLog.Entry entry = session.vault().audit().forDossier(dossier).get(0);
        assertThat(entry.action()).isEqualTo("import");
        assertThat(entry.result()).isEqualTo("refused");
        assertThat(entry.detail()).doesNotContain("Anna", "Kuipers");
    }

    @Test
    void aFullDiskMidwayLeavesTheDossierAsItWas() throws IOException {
        StringBuilder big = new StringBuilder("0 HEAD\n1 GEDC\n2 VERS 7.0\n");
        String note = "Een lange notitie over deze persoon, om pagina's te vullen. ".repeat(40);
        for (int index = 1; index <= 300; index++) {
            big.append("0 @I").append(index).append("@ INDI\n1 NAME Persoon").append(index).append(" /Achternaam/\n1 NOTE ").append(note)
                    .append('\n');
        }
        big.append("0 TRLR\n");
        int before = session.vault().records().dossierRecords(dossier).size();
        TestVaults.limitPages(session.vault(), true);
        try {
            assertThatThrownBy(() -> gedcom.importText(dossier, big.toString(), false)).isInstanceOf(StoreException.class)
                    .satisfies(failure -> assertThat(((StoreException) failure).diskFull()).isTrue());
        } finally {
            TestVaults.limitPages(session.vault(), false);
        }
        assertThat(session.vault().records().dossierRecords(dossier)).hasSize(before);
        assertThat(gedcom.importText(dossier, big.toString(), false).newPersons()).as("with room again it goes in whole").isEqualTo(300);
        assertThat(session.vault().records().dossierRecords(dossier)).hasSize(before + 300);
    }

    @Test
    void aDryRunReportsButWritesNothing() throws IOException {
        int before = session.vault().records().dossierRecords(dossier).size();

        ImportReport report = gedcom.importText(dossier, resource("outside-program.ged"), true);

        assertThat(report.newPersons()).isEqualTo(5);
        assertThat(report.written()).isFalse();
        assertThat(session.vault().records().dossierRecords(dossier)).hasSize(before);
    }

    private static GenoPerson person(GenogramState state, String given) {
        return state.persons().stream().filter(person -> given.equals(person.givenName())).findFirst().orElseThrow();
    }
}
