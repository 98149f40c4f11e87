package nl.keukentafel.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.model.RecordRef;
import org.junit.jupiter.api.Test;

/**
 * Which side a merge choice keeps: for a delete racing an edit "keep the record" is the side that did not delete it,
 * "delete it" the side that did; a new value can be typed only for a text field both sides still hold.
 */
class ResolutionTest {
    @Test
    void keepingTheRecordKeepsTheSideThatDidNotDeleteIt() {
        assertThat(Resolution.keepRecord(whole(true, false))).isEqualTo(Resolution.keepMine());
        assertThat(Resolution.keepRecord(whole(false, true))).isEqualTo(Resolution.keepServer());
    }

    @Test
    void deletingTheRecordKeepsTheSideThatDeletedIt() {
        assertThat(Resolution.deleteRecord(whole(true, false))).isEqualTo(Resolution.keepServer());
        assertThat(Resolution.deleteRecord(whole(false, true))).isEqualTo(Resolution.keepMine());
    }

    @Test
    void onlyATextFieldBothSidesHoldCanBeTyped() {
        assertThat(field("Noor", "Nora", false).typable()).isTrue();
        assertThat(field(null, "Nora", false).typable()).isTrue();
        assertThat(field(Boolean.TRUE, Boolean.FALSE, false).typable()).as("a yes/no is chosen, not typed").isFalse();
        assertThat(field("Noor", "Nora", true).typable()).as("deleted on one side").isFalse();
        assertThat(whole(true, false).typable()).isFalse();
    }

    private static ConflictItem whole(boolean serverDeleted, boolean clientDeleted) {
        return new ConflictItem(UUID.randomUUID(), ref(), "Fam. Test", null, null, serverDeleted, "server", null, null,
                clientDeleted, "client", null, true);
    }

    private static ConflictItem field(Object server, Object client, boolean serverDeleted) {
        return new ConflictItem(UUID.randomUUID(), ref(), "Fam. Test", "givenName", server, serverDeleted, "server", null, client,
                false, "client", null, true);
    }

    private static RecordRef ref() {
        UUID dossier = UUID.randomUUID();
        return new RecordRef(RecordKind.MEMBER, UUID.randomUUID(), dossier);
    }
}
