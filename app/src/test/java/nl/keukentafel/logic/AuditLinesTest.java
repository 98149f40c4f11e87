package nl.keukentafel.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.model.RecordKind;
import nl.keukentafel.store.AuditLog;
import org.junit.jupiter.api.Test;

/** The Logboek shows one line per edit: a plainly applied send repeats the edit and is left out; news stays. */
class AuditLinesTest {
    private static final UUID DOSSIER = UUID.randomUUID();

    @Test
    void aPlainSendIsFoldedIntoItsEditButAConflictOrRefusalStays() {
        AuditLog.Entry edit = row("update", "givenName", "ok");
        AuditLog.Entry sent = row("sync-send", "update applied", "ok");
        AuditLog.Entry merged = row("sync-send", "update merged", "ok");
        AuditLog.Entry conflict = row("sync-send", "update conflict conflicts=1", "ok");
        AuditLog.Entry refused = row("sync-send", "update rejected", "rejected");
        AuditLog.Entry received = row("sync-receive", "givenName", "ok");
        assertThat(AuditLines.forScreen(List.of(sent, edit, merged, conflict, refused, received)))
                .containsExactly(edit, merged, conflict, refused, received);
    }

    private static AuditLog.Entry row(String action, String detail, String result) {
        return new AuditLog.Entry(1, Instant.parse("2026-12-05T10:00:00Z"), "Test Consulent", "laptop", action, DOSSIER,
                RecordKind.MEMBER, UUID.randomUUID(), detail, result);
    }
}
