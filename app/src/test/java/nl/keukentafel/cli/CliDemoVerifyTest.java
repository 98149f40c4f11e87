package nl.keukentafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.keukentafel.logic.demo.DemoData;
import nl.keukentafel.logic.demo.DemoFamily;
import nl.keukentafel.logic.plan.ClosureRules;
import nl.keukentafel.logic.plan.PlanChecks;
import nl.keukentafel.logic.plan.PlanComparison;
import nl.keukentafel.logic.plan.PlanDiff;
import nl.keukentafel.logic.plan.PlanState;
import nl.keukentafel.model.Bsn;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.plan.ScaleTarget;
import nl.keukentafel.store.CaseloadQuery;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.StoredRecord;
import nl.keukentafel.store.Vault;
import nl.keukentafel.store.VaultLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliDemoVerifyTest {
    private static final String PASSPHRASE = "appel peer banaan kiwi";

    @TempDir
    Path directory;
    private Path vault;
    private Path passphraseFile;

    @BeforeEach
    void passphrase() throws Exception {
        vault = directory.resolve("kluis");
        passphraseFile = directory.resolve("wachtwoordzin.txt");
        Files.writeString(passphraseFile, PASSPHRASE + "\n");
    }

    @Test
    void demoMakesAVaultThatVerifyFindsIntactAndCountsWithoutShowingContent() throws Exception {
        CliRunner.Result demo = CliRunner.dutch("demo", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString(),
                "--fast-kdf", "--consultant", "Test Consulent");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Demokluis gemaakt met 5 fictieve gezinnen");

        CliRunner.Result verify = CliRunner.dutch("verify", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.err()).isEmpty();
        assertThat(verify.out()).contains("Kluis in orde").containsPattern("Gezinnen: +5 \\(waarvan 1 gearchiveerd\\)")
                .containsPattern("Verwijderd: +1").containsPattern("Schemaversie: +\\d+");
        List<DemoFamily> expected = new DemoData(DemoCommand.SEED, LocalDate.now(), "Test Consulent").families(5);
        for (DemoFamily family : expected) {
            assertThat(verify.out()).doesNotContain(family.household().values());
            family.members().forEach(member -> assertThat(verify.out()).doesNotContain(member.fields().values()));
        }
    }

    @Test
    void demoFamiliesAreStoredWithTheirNetworkAndFlaggedMistakes() throws Exception {
        assertThat(CliRunner.dutch("demo", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString(),
                "--fast-kdf", "--families", "5").exitCode()).isZero();
        try (Vault opened = Vault.unlock(new VaultLocation(vault), PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            List<CaseloadQuery.Row> rows = opened.caseload().search("", true, 100);
            assertThat(rows).hasSize(5).allSatisfy(row -> assertThat(row.householdName()).startsWith("Gezin "));
            assertThat(rows).filteredOn(CaseloadQuery.Row::archived).hasSize(1);
            List<Member> members = new ArrayList<>();
            int contacts = 0;
            for (CaseloadQuery.Row row : rows) {
                for (StoredRecord stored : opened.records().dossierRecords(row.dossierId())) {
                    if (stored.ref().kind() == RecordKind.MEMBER) {
                        members.add(RecordMapper.member(stored));
                    }
                    contacts += stored.ref().kind() == RecordKind.CONTACT ? 1 : 0;
                }
                assertThat(opened.audit().forDossier(row.dossierId())).isNotEmpty();
            }
            assertThat(contacts).isGreaterThanOrEqualTo(5 * 2);
            assertThat(members).extracting(Member::bsn).anyMatch(bsn -> !Bsn.passesElevenCheck(bsn))
                    .filteredOn(Bsn::passesElevenCheck).allMatch(bsn -> bsn.startsWith("999"));
        }
        String raw = new String(Files.readAllBytes(vault.resolve(VaultLocation.DATABASE_FILE)), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Gezin ").doesNotContain("Huisarts");
    }

    @Test
    void demoFamiliesAreInEveryPhaseOfCasusregie() throws Exception {
        assertThat(CliRunner.dutch("demo", "--vault", vault.toString(), "--passphrase-file", passphraseFile.toString(),
                "--fast-kdf", "--families", "5").exitCode()).isZero();
        nl.keukentafel.logic.session.SessionManager manager = new nl.keukentafel.logic.session.SessionManager(new VaultLocation(vault),
                Clock.systemUTC(), nl.keukentafel.store.crypto.KdfParams.FAST_FOR_TESTS);
        try {
            nl.keukentafel.logic.session.Session session = manager.unlock(PASSPHRASE.toCharArray());
            List<PlanState> plans = new ArrayList<>();
            for (CaseloadQuery.Row row : session.vault().caseload().search("", true, 100)) {
                assertThat(session.intake().read(row.dossierId()).intake()).as("every demo family has an intake").isPresent();
                plans.add(session.plan().read(row.dossierId()));
            }
            assertThat(plans).filteredOn(plan -> !plan.started()).hasSize(1);
            assertThat(plans).filteredOn(plan -> plan.versions().size() == 1).hasSize(1);
            assertThat(plans).filteredOn(plan -> plan.versions().size() == 2).hasSize(3)
                    .allSatisfy(plan -> assertThat(PlanComparison.compare(plan.versions().get(0).snapshot(),
                            plan.versions().get(1).snapshot()).goals()).filteredOn(PlanDiff.GoalDiff::touched).hasSize(1))
                    .allSatisfy(plan -> assertThat(plan.evaluations()).hasSize(1));
            assertThat(plans).filteredOn(plan -> plan.scalings().stream().anyMatch(scaling -> scaling.target() == ScaleTarget.VEILIG_THUIS))
                    .hasSize(2);
            PlanState closed = plans.stream().filter(PlanState::closed).findFirst().orElseThrow();
            assertThat(plans).filteredOn(PlanState::closed).hasSize(1);
            assertThat(ClosureRules.unmarked(closed)).isEmpty();
            assertThat(closed.closure().orElseThrow().endReport()).contains("Eindverslag", "Veiligheid per kind", "Veilig Thuis");
            assertThat(plans).filteredOn(PlanState::started).allSatisfy(plan -> assertThat(PlanChecks.problems(plan,
                    session.intake().read(plan.dossier().family().id()), LocalDate.now())).isEmpty());
        } finally {
            manager.lock();
        }
    }

    @Test
    void englishSystemGetsEnglishOutput() throws Exception {
        CliRunner.Result demo = CliRunner.run(java.util.Locale.ENGLISH, "demo", "--vault", vault.toString(), "--passphrase-file",
                passphraseFile.toString(), "--fast-kdf", "--families", "1");
        assertThat(demo.out()).contains("Demo vault created with 1 fictional families");
        CliRunner.Result verify = CliRunner.run(java.util.Locale.ENGLISH, "verify", "--vault", vault.toString(), "--passphrase-file",
                passphraseFile.toString());
        assertThat(verify.out()).contains("Vault is fine").containsPattern("Families: +1 \\(0 archived\\)");
    }
}
