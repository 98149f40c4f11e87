package nl.keukentafel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.keukentafel.logic.check.CheckReport;
import nl.keukentafel.logic.intake.DomainLists;
import nl.keukentafel.logic.check.Finding;
import nl.keukentafel.logic.session.Session;
import nl.keukentafel.logic.session.SessionManager;
import nl.keukentafel.model.Family;
import nl.keukentafel.model.FieldCheck;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.TestVaults;
import nl.keukentafel.store.VaultLocation;
import nl.keukentafel.store.crypto.KdfParams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} on a real vault: one dossier or the caseload, text/json/csv, exit 16 while findings remain, never a BSN. */
class CheckCliTest {
    private static final String BSN = "111222333";
    @TempDir
    Path directory;
    private Path vault;
    private Path passphraseFile;
    private UUID bakker;
    private UUID visser;
    private UUID archived;

    @BeforeEach
    void vaultWithThreeFamilies() throws Exception {
        vault = directory.resolve("kluis");
        passphraseFile = directory.resolve("wachtwoordzin.txt");
        Files.writeString(passphraseFile, TestVaults.PASSPHRASE + "\n");
        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        Session session = manager.create(TestVaults.passphrase(), TestVaults.passphrase(), TestVaults.CONSULTANT);
        bakker = session.caseload().createFamily("Gezin Bakker").join();
        session.vault().records().create(RecordKind.MEMBER, bakker, Map.of(Member.Field.GIVEN_NAME, "Anna", Member.Field.FAMILY_NAME,
                "Bakker", Member.Field.ROLE, "PARENT", Member.Field.BIRTH_DATE, "14-03-1986", Member.Field.BSN, BSN)).join();
        visser = session.caseload().createFamily("Gezin Visser").join();
        archived = session.caseload().createFamily("Gezin Archief").join();
        session.caseload().setArchived(archived, true).join();
        manager.lock();
    }

    private String[] vaultArgs(String... command) {
        String[] args = new String[command.length + 4];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--vault";
        args[command.length + 1] = vault.toString();
        args[command.length + 2] = "--passphrase-file";
        args[command.length + 3] = passphraseFile.toString();
        return args;
    }

    private <T> T inVault(Function<Session, T> work) throws Exception {
        SessionManager manager = new SessionManager(new VaultLocation(vault), Clock.systemUTC(), KdfParams.FAST_FOR_TESTS);
        try {
            return work.apply(manager.unlock(TestVaults.passphrase()));
        } finally {
            manager.lock();
        }
    }

    @Test
    void oneDossierAsTextNamesWhatIsMissingAndExitsSixteenWhileFindingsRemain() {
        CliRunner.Result check = CliRunner.dutch(vaultArgs("check", "--dossier", bakker.toString()));

        assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCode.FINDINGS_OPEN.code()).isEqualTo(16);
        assertThat(check.out()).contains(bakker + "  Gezin Bakker:", "T7 E\u00e9n regisseur, bereikbaar", "Er is geen regisseur genoemd.",
                "1 dossier(s) getoetst").doesNotContain(BSN, "Gezin Visser");
    }

    @Test
    void theWholeCaseloadAsJsonIsStableForToolingAndLeavesArchivedFamiliesOutUnlessAsked() throws Exception {
        CliRunner.Result check = CliRunner.dutch(vaultArgs("check", "--format", "json"));

        assertThat(check.exitCode()).as(check.err()).isEqualTo(16);
        assertThat(check.out()).doesNotContain(BSN);
        JsonNode root = RecordMapper.json().readTree(check.out());
        assertThat(root.get("format").asText()).isEqualTo("keukentafel-check");
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("dossiers")).extracting(dossier -> dossier.get("dossierId").asText())
                .containsExactlyInAnyOrder(bakker.toString(), visser.toString());
        JsonNode first = root.get("dossiers").get(0);
        assertThat(first.get("criteria")).hasSize(14);
        assertThat(first.get("worst").asText()).startsWith("T");
        int open = 0;
        for (JsonNode dossier : root.get("dossiers")) {
            open += dossier.get("openCount").asInt();
        }
        assertThat(root.get("openTotal").asInt()).isEqualTo(open).isPositive();

        JsonNode withArchived = RecordMapper.json().readTree(CliRunner.dutch(vaultArgs("check", "--format", "json", "--archived")).out());
        assertThat(withArchived.get("dossiers")).hasSize(3);
    }

    @Test
    void csvHasOneRowPerFindingUnderAStableHeader() {
        CliRunner.Result check = CliRunner.dutch(vaultArgs("check", "--dossier", visser.toString(), "--format", "csv"));

        assertThat(check.exitCode()).as(check.err()).isEqualTo(16);
        assertThat(check.out().lines().findFirst()).contains(
                "dossierId,householdName,criterion,status,key,recordKind,recordId,field,message,reason");
        assertThat(check.out()).contains(visser + ",Gezin Visser,T7,open,T7:no-regisseur,family," + visser
                + ",regisseurName,Er is geen regisseur genoemd.,");
    }

    @Test
    void whenEveryFindingIsAnExceptionWithAReasonNothingIsOpenAndTheExitIsZero() throws Exception {
        inVault(session -> {
            CheckReport report = session.checker().check(visser);
            for (Finding finding : report.open()) {
                session.checker().waive(visser, finding.key(), "Nieuw gezin, pas vandaag aangemeld").join();
            }
            return null;
        });

        CliRunner.Result check = CliRunner.dutch(vaultArgs("check", "--dossier", visser.toString()));

        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("Gezin Visser: 0 open", "(uitzondering: Nieuw gezin, pas vandaag aangemeld)");
    }

    @Test
    void theSafetyTermCanBeGivenForOneRunAndAnOutOfRangeTermChangesNothing() throws Exception {
        LocalDate first = LocalDate.now().minusWeeks(8);
        inVault(session -> {
            session.vault().records().create(RecordKind.MEMBER, bakker, Map.of(Member.Field.GIVEN_NAME, "Lotte", Member.Field.FAMILY_NAME,
                    "Bakker", Member.Field.ROLE, "CHILD", Member.Field.BIRTH_DATE, "02-05-2016")).join();
            session.intake().start(bakker, DomainLists.defaultList(), FieldCheck.write(first)).join();
            return session.intake().addConversation(bakker, 1, FieldCheck.write(first)).join();
        });

        CliRunner.Result longTerm = CliRunner.dutch(vaultArgs("check", "--dossier", bakker.toString(), "--safety-term-weeks", "12"));
        CliRunner.Result shortTerm = CliRunner.dutch(vaultArgs("check", "--dossier", bakker.toString(), "--safety-term-weeks", "2"));
        CliRunner.Result outOfRange = CliRunner.dutch(vaultArgs("check", "--dossier", bakker.toString(), "--safety-term-weeks", "0"));

        assertThat(longTerm.out()).as(longTerm.err()).contains("Lotte Bakker: geen veiligheidstaxatie; uiterlijk "
                + FieldCheck.write(first.plusWeeks(12)) + ".");
        assertThat(shortTerm.out()).as(shortTerm.err()).contains("Lotte Bakker: geen veiligheidstaxatie; die had er uiterlijk "
                + FieldCheck.write(first.plusWeeks(2)) + " moeten zijn.");
        assertThat(outOfRange.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(outOfRange.err()).contains("--safety-term-weeks", "tussen 1 en 26");
        assertThat(outOfRange.out()).isEmpty();
    }

    @Test
    void anUnknownDossierIsFourteenAndNoIdAtAllIsAUsageError() {
        assertThat(CliRunner.dutch(vaultArgs("check", "--dossier", UUID.randomUUID().toString())).exitCode()).isEqualTo(14);
        assertThat(CliRunner.dutch(vaultArgs("check", "--dossier", "gezin-bakker")).exitCode()).isEqualTo(2);
    }

    @Test
    void fixingTheFindingTakesItOutOfTheOutput() throws Exception {
        inVault(session -> session.vault().records().patch(new RecordRef(RecordKind.FAMILY, visser, visser),
                Map.of(Family.Field.REGISSEUR_NAME, "Fatima el Amrani")).join());

        assertThat(CliRunner.dutch(vaultArgs("check", "--dossier", visser.toString())).out())
                .doesNotContain("Er is geen regisseur genoemd.").contains("Regisseur Fatima el Amrani: de organisatie ontbreekt.");
    }
}
