package nl.keukentafel.logic.genogram.gedcom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GEDCOM 7 text of a rich family read from a real vault: structure, mapping, extensions and privacy. */
class GedcomWriterTest {
    static final Clock DECEMBER_FIRST = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;
    private SessionManager manager;
    private Session session;
    private RichFamily family;
    private String text;

    @BeforeEach
    void export() throws Exception {
        manager = new SessionManager(new VaultLocation(directory), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
        family = RichFamily.write(session);
        text = new GedcomService(session.vault(), session.genogram(), DECEMBER_FIRST).export(family.dossier).text();
    }

    @AfterEach
    void lock() {
        manager.lock();
    }

    @Test
    void headerDeclaresVersionSourceAndEveryExtensionTagUsed() {
        assertThat(text).startsWith("\uFEFF0 HEAD\n1 GEDC\n2 VERS 7.0\n1 SCHMA\n").endsWith("0 TRLR\n")
                .contains("1 SOUR KEUKENTAFEL\n", "1 DATE 1 DEC 2026\n");
        Set<String> used = new TreeSet<>();
        Matcher tags = Pattern.compile("(?m)^\\d+ (_[A-Z_]+)").matcher(text);
        while (tags.find()) {
            used.add(tags.group(1));
        }
        assertThat(used).isNotEmpty().allSatisfy(tag -> assertThat(text).containsPattern("\n2 TAG " + tag + " https://keukentafel\\.nl/"));
        assertThat(used).contains("_KT_EMOT", "_KT_HH", "_KT_LOSS", "_KT_INDEX", "_KT_MEMBER", "_KT_TWIN", "_KT_UNION", "_KT_PLINK");
    }

    @Test
    void personsCarrySexDatesDeathAndMultiLineNotes() {
        assertThat(person("Wietske /Tjalsma/")).contains("1 SEX F\n", "1 BIRT\n2 DATE 14 FEB 1980\n", "1 _KT_HH Y\n",
                "1 _KT_MEMBER " + family.keys.get("mother"));
        assertThat(person("Noor /El Idrissi/")).contains("1 SEX X\n");
        assertThat(person("Antje /de Vries/")).contains("1 DEAT\n2 DATE 8 SEP 2015\n",
                "1 NOTE Overleed na een lange ziekte.\n2 CONT Moeder zorgde voor haar.\n").doesNotContain("_KT_HH");
        assertThat(person("Jelle /Tjalsma/")).contains("1 DEAT Y\n");
        assertThat(person("Samira /El Idrissi/")).contains("1 BIRT\n2 DATE\n3 PHRASE ca. 1990\n");
        assertThat(text).contains("1 SEX U\n1 BIRT\n2 DATE 2014\n").contains("1 NOTE @@ 12 weken\n").contains("1 _KT_LOSS MISCARRIAGE\n");
        assertThat(person("Ids /Bakker/")).contains("1 _KT_INDEX Y\n", "1 _KT_TWIN IDENTICAL\n", "2 ROLE MULTIPLE\n", "1 _KT_ORDER 1\n");
    }

    @Test
    void couplesAreFamiliesWithTheirEventsInOrder() {
        assertThat(text).containsPattern("1 _KT_UNION COHABITING\n2 DATE 2004\n1 MARR\n2 DATE 1 JUL 2005\n"
                + "1 _KT_UNION SEPARATED\n2 DATE 2010\n1 DIV\n2 DATE 17 MAR 2011\n1 NOTE Omgang via bemiddeling\\.\n");
        assertThat(text).contains("1 ENGA Y\n1 MARR\n2 DATE\n3 PHRASE zomer 2016\n");
        assertThat(text).contains("1 MARR\n2 DATE 12 MAY 1974\n1 _KT_UNION WIDOWED\n2 DATE 2015\n");
    }

    @Test
    void childLinksKeepTheirKindPerParent() {
        assertThat(person("Pieter /Tjalsma/")).contains("2 PEDI ADOPTED\n").doesNotContain("_KT_PLINK");
        assertThat(person("Ids /Bakker/")).contains("2 PEDI BIRTH\n", "2 PEDI OTHER\n3 PHRASE step\n",
                "2 _KT_PLINK @" + xref("Sjoerd /Hoogeveen/") + "@\n3 TYPE STEP\n3 DATE 2013\n");
        assertThat(person("Noor /El Idrissi/")).contains("2 PEDI FOSTER\n", "3 TYPE FOSTER\n3 DATE 1 SEP 2019\n3 NOTE Via Jeugdzorg.\n")
                .contains("2 PEDI BIRTH\n");
        assertThat(text).as("a single birth mother gets a family of her own, marked as no couple")
                .containsPattern("0 @F\\d+@ FAM\n1 WIFE @" + xref("Samira /El Idrissi/") + "@\n1 CHIL @" + xref("Noor /El Idrissi/")
                        + "@\n1 _KT_NOCOUPLE Y\n");
    }

    @Test
    void emotionalRelationsPointAtTheOtherPerson() {
        assertThat(person("Wietske /Tjalsma/")).contains("1 _KT_EMOT @" + xref("Hessel /Bakker/") + "@\n2 TYPE CONFLICT\n"
                + "2 DATE FROM 2009 TO 2012\n2 NOTE Ruzie over de omgang.\n3 CONT Nu beter.\n");
        assertThat(person("Sjoerd /Hoogeveen/")).contains("2 TYPE CARETAKING\n2 _KT_SINCE na de zomer\n");
    }

    @Test
    void neverExportsBsnPhoneEmailOrAddressAndTheExportIsAuditedWithoutContent() {
        assertThat(text).doesNotContain(RichFamily.BSN, RichFamily.PHONE, RichFamily.EMAIL, RichFamily.STREET, RichFamily.CITY)
                .doesNotContain("ADDR", "PHON", "EMAIL", "IDNO", "SSN");
        session.vault().database().flush();
        List<AuditLog.Entry> trail = session.vault().audit().forDossier(family.dossier);
        assertThat(trail.get(0).action()).isEqualTo("export");
        assertThat(trail.get(0).detail()).isEqualTo("gedcom persons=11").doesNotContain("Wietske");
    }

    @Test
    void everyPointerResolvesAndFamilyLinksAreMutual() {
        GedcomParser.Parsed parsed = new GedcomParser().parse(text);
        assertThat(parsed.issues()).isEmpty();
        Set<String> ids = new TreeSet<>();
        parsed.records().stream().filter(record -> record.xref() != null).forEach(record -> ids.add(record.xref()));
        Matcher pointers = Pattern.compile("@([IF]\\d+)@\n").matcher(text);
        while (pointers.find()) {
            assertThat(ids).contains(pointers.group(1));
        }
        for (GedcomNode fam : parsed.records().stream().filter(record -> record.tag().equals("FAM")).toList()) {
            for (GedcomNode child : fam.children("CHIL")) {
                assertThat(person(child.pointer().orElseThrow())).contains("1 FAMC @" + fam.xref() + "@");
            }
        }
    }

    /** The INDI record of the person with this NAME payload, or with this xref. */
    private String person(String nameOrXref) {
        String xref = nameOrXref.matches("I\\d+") ? nameOrXref : xref(nameOrXref);
        int start = text.indexOf("0 @" + xref + "@ INDI\n");
        return text.substring(start, text.indexOf("\n0 ", start) + 1);
    }

    private String xref(String name) {
        Matcher matcher = Pattern.compile("0 @(I\\d+)@ INDI\n1 NAME " + Pattern.quote(name) + "\n").matcher(text);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }
}
