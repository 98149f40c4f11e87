package nl.keukentafel.logic.genogram.gedcom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, import, export again: the text and the genogram survive, into a fresh dossier and back into the same one. */
class GedcomRoundTripTest {
    @TempDir
    Path directory;
    private SessionManager manager;
    private Session session;
    private RichFamily family;
    private GedcomService gedcom;

    @BeforeEach
    void richFamily() throws Exception {
        manager = new SessionManager(new VaultLocation(directory), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
        family = RichFamily.write(session);
        gedcom = new GedcomService(session.vault(), session.genogram(), GedcomWriterTest.DECEMBER_FIRST);
    }

    @AfterEach
    void lock() {
        manager.lock();
    }

    @Test
    void intoAFreshDossierTheFamilyArrivesWholeAsRelatives() {
        String first = gedcom.export(family.dossier).text();
        UUID fresh = session.caseload().createFamily("Leeg dossier").join();

        ImportReport report = gedcom.importText(fresh, first, false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.written()).isTrue();
        assertThat(report.warnings()).extracting(GedcomIssue::key).containsOnly("gedcom.warn.memberNotFound").hasSize(5);
        assertThat(report).extracting(ImportReport::newPersons, ImportReport::matchedMembers, ImportReport::unions,
                ImportReport::parentLinks, ImportReport::twinGroups, ImportReport::relations).containsExactly(11, 0, 3, 15, 1, 4);
        assertThat(GenogramFacts.of(session.genogram().read(fresh))).isEqualTo(GenogramFacts.of(session.genogram().read(family.dossier)));
        assertThat(session.dossiers().read(fresh).members()).as("an import never creates household members").isEmpty();
        String second = gedcom.export(fresh).text();
        assertThat(normalized(second)).isEqualTo(normalized(withoutHousehold(first)));
    }

    @Test
    void backIntoTheSameDossierMembersAreMatchedAndTheTextIsIdentical() {
        String first = gedcom.export(family.dossier).text();
        for (StoredRecord stored : session.vault().records().dossierRecords(family.dossier)) {
            RecordKind kind = stored.ref().kind();
            if (kind.code().startsWith("geno")) {
                session.genogram().delete(stored.ref()).join();
            }
        }
        assertThat(session.genogram().read(family.dossier).persons()).isEmpty();
        int members = session.dossiers().read(family.dossier).members().size();

        ImportReport report = gedcom.importText(family.dossier, first, false);

        assertThat(report.issues()).isEmpty();
        assertThat(report.matchedMembers()).isEqualTo(5);
        assertThat(report.newPersons()).isEqualTo(6);
        assertThat(session.dossiers().read(family.dossier).members()).hasSize(members);
        assertThat(gedcom.export(family.dossier).text()).isEqualTo(first);
    }

    @Test
    void importingTheSameFileTwiceMatchesMembersAndRelativesAndSkipsWhatExists() {
        String first = gedcom.export(family.dossier).text();
        GenogramFacts before = GenogramFacts.of(session.genogram().read(family.dossier));

        ImportReport report = gedcom.importText(family.dossier, first, false);

        assertThat(report.refused()).isFalse();
        assertThat(report.newPersons()).as("named relatives already drawn are matched; only the nameless miscarriage is not")
                .isEqualTo(1);
        assertThat(report.matchedMembers()).as("5 members and 5 named relatives").isEqualTo(10);
        assertThat(session.genogram().read(family.dossier).persons().stream().filter(person -> person.givenName() != null)
                .map(person -> person.givenName() + "|" + person.familyName()).toList()).doesNotHaveDuplicates();
        assertThat(report.warnings()).extracting(GedcomIssue::key).contains("gedcom.warn.unionExists", "gedcom.warn.linkExists",
                "gedcom.warn.relationExists");
        GenogramFacts after = GenogramFacts.of(session.genogram().read(family.dossier));
        assertThat(after.persons()).as("nobody named is duplicated").isEqualTo(before.persons());
        assertThat(session.dossiers().read(family.dossier).members()).hasSize(5);
    }

    /** Drops the header date and renumbers ids in order of first appearance. */
    static String normalized(String text) {
        String body = text.replaceAll("(?m)^1 DATE \\d+ [A-Z]{3} \\d{4}\n", "");
        Map<String, String> renumbered = new LinkedHashMap<>();
        Matcher ids = Pattern.compile("@([IF])(\\d+)@").matcher(body);
        StringBuilder out = new StringBuilder();
        while (ids.find()) {
            String id = ids.group(1) + ids.group(2);
            String replacement = renumbered.computeIfAbsent(id, key -> ids.group(1) + "#" + renumbered.size());
            ids.appendReplacement(out, "@" + replacement + "@");
        }
        ids.appendTail(out);
        return out.toString();
    }

    /** The export's household lines, which an import into another dossier cannot recreate (it creates no members). */
    static String withoutHousehold(String text) {
        return text.replaceAll("(?m)^1 _KT_(MEMBER|HH) .*\n", "");
    }
}
