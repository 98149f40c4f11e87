package nl.keukentafel.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.TableView;
import nl.keukentafel.model.Member;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.store.AuditLog;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.sync.protocol.Wire;
import org.junit.jupiter.api.Test;

/**
 * Records a pulled page brings new to a dossier are one line of the dossier's Logboek, in Dutch words ("nieuw:
 * aantal gegevens: 2"), not one line per record; the pull goes through the real replica on the real vault.
 */
class ReceivedRecordsLogboekTest extends GuiTestBase {
    @Test
    void twoMembersReceivedFromTheServerAreOneLogboekLine() {
        createVaultWithKeyboard();
        createFamilyWithKeyboard("Familie Kievit");
        UUID dossier = session().caseload().search("", false).get(0).dossierId();
        List<Wire.RemoteRecord> members = List.of(member(dossier, "Roos"), member(dossier, "Tijn"));
        session().sync().replica().applyPullPage(new Wire.PullPage(Wire.SCHEMA, "cursor-1", false, members, List.of(), List.of()),
                Set.of(dossier));

        showAuditTab();
        TableView<AuditLog.Entry> audit = lookup("#auditTable").queryTableView();
        waitUntil("the received line", () -> audit.getItems().stream().anyMatch(entry -> "sync-receive".equals(entry.action())));
        List<Integer> received = java.util.stream.IntStream.range(0, audit.getItems().size())
                .filter(row -> "sync-receive".equals(audit.getItems().get(row).action())).boxed().toList();
        assertThat(received).hasSize(1);
        int row = received.get(0);
        assertThat(audit.getColumns().get(3).getCellData(row)).isEqualTo(dutch.get("audit.action.sync-receive"));
        assertThat(audit.getColumns().get(5).getCellData(row)).isEqualTo("nieuw: aantal gegevens: 2");
        snap("received-records-logboek");
    }

    private static Wire.RemoteRecord member(UUID dossier, String givenName) {
        return new Wire.RemoteRecord(UUID.randomUUID(), RecordKind.MEMBER.code(), dossier, 1, false,
                RecordMapper.toNode(Map.of(Member.Field.GIVEN_NAME, givenName, Member.Field.FAMILY_NAME, "Kievit")),
                "2026-12-05T10:00:00Z");
    }
}
