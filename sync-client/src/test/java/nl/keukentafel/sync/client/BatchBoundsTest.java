package nl.keukentafel.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import nl.keukentafel.sync.protocol.ProtocolJson;
import nl.keukentafel.sync.protocol.Wire;

class BatchBoundsTest {
    private static Wire.PushEntry entry(long seq, int textLength) {
        ObjectNode fields = ProtocolJson.MAPPER.createObjectNode().put("notes", "x".repeat(textLength));
        return new Wire.PushEntry(UUID.randomUUID(), seq, UUID.randomUUID(), "member", UUID.randomUUID(), "update", 0, fields,
                ProtocolJson.MAPPER.createObjectNode(), List.of());
    }

    @Test
    void batchesStopAtTheByteBoundButAlwaysCarryOneEntry() {
        List<Wire.PushEntry> pending = new ArrayList<>();
        for (int seq = 1; seq <= 10; seq++) {
            pending.add(entry(seq, 300_000));
        }
        List<Wire.PushEntry> batch = SyncEngine.boundedBatch(pending);
        assertThat(batch).hasSize(3).containsExactlyElementsOf(pending.subList(0, 3));
        assertThat(SyncEngine.boundedBatch(List.of(entry(1, 2_000_000)))).hasSize(1);
    }
}
