package nl.keukentafel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caseload list: search over names and address without case or diacritics, sorted by what comes next. */
class CaseloadSearchTest {
    @TempDir
    Path directory;
    private Vault vault;

    @BeforeEach
    void createVault() throws VaultException {
        vault = TestVaults.create(new VaultLocation(directory));
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    private RecordRef family(String name, String nextVisit, String regisseur, String... memberNames) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(Family.Field.HOUSEHOLD_NAME, name);
        fields.put(Family.Field.STREET, "Dorpsstraat 1");
        fields.put(Family.Field.CITY, "Ypenhuizen");
        fields.put(Family.Field.NEXT_VISIT, nextVisit);
        fields.put(Family.Field.REGISSEUR_NAME, regisseur);
        fields.put(Family.Field.ARCHIVED, false);
        RecordRef family = vault.records().create(RecordKind.FAMILY, null, fields).join();
        for (String member : memberNames) {
            vault.records().create(RecordKind.MEMBER, family.id(), Map.of(Member.Field.GIVEN_NAME, member)).join();
        }
        return family;
    }

    @Test
    void everyWordMustMatchNameAddressOrAMemberIgnoringCaseAndDiacritics() {
        family("Familie Wiśniewski", null, "R", "Łukasz", "Zoë");
        family("Familie Østergård", null, "R", "Ærøn");
        assertThat(search("lukasz")).containsExactly("Familie Wiśniewski");
        assertThat(search("WISNIEWSKI zoe")).containsExactly("Familie Wiśniewski");
        assertThat(search("ostergard aeron")).containsExactly("Familie Østergård");
        assertThat(search("ypenhuizen")).hasSize(2);
        assertThat(search("lukasz ostergard")).isEmpty();
        assertThat(search("")).hasSize(2);
        assertThat(search("   ")).hasSize(2);
    }

    @Test
    void plannedVisitsComeFirstSoonestFirstThenName() {
        family("Familie Later", "1-6-2031", "R", "A");
        family("Familie Eerder", "1-2-2031", "R", "A");
        family("Familie Zonder Plan Veel Open", null, null);
        family("Familie Alfa Zonder Plan", null, "R", "A");
        family("Familie Beta Zonder Plan", "geen datum", "R", "A");
        assertThat(search("")).as("open points are the dossier check's, ordered by logic.CaseloadService (CaseloadCountsTest)")
                .containsExactly("Familie Eerder", "Familie Later", "Familie Alfa Zonder Plan", "Familie Beta Zonder Plan",
                        "Familie Zonder Plan Veel Open");
    }

    @Test
    void archivedFamiliesOnlyWhenAskedForAndLast() {
        RecordRef archived = family("Familie Archief", "1-1-2030", "R", "A");
        family("Familie Actief", null, "R", "A");
        vault.records().patch(archived, Map.of(Family.Field.ARCHIVED, true)).join();
        assertThat(search("familie")).containsExactly("Familie Actief");
        assertThat(vault.caseload().search("familie", true, 10)).extracting(CaseloadQuery.Row::householdName)
                .containsExactly("Familie Actief", "Familie Archief");
    }

    @Test
    void searchTextIsNotInterpretedAsSql() {
        family("Familie O'Neill", null, "R", "A");
        assertThat(search("o'neill")).containsExactly("Familie O'Neill");
        assertThat(search("%")).isEmpty();
        assertThat(search("' or 1=1 --")).isEmpty();
    }

    private java.util.List<String> search(String query) {
        return vault.caseload().search(query, false, 100).stream().map(CaseloadQuery.Row::householdName).toList();
    }
}
