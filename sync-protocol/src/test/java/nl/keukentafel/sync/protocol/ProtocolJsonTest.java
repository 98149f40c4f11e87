package nl.keukentafel.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one mapper keeps numbers exactly as sent and reads what a newer peer adds without failing. */
class ProtocolJsonTest {
    @Test
    void decimalsStayAsSentThroughATree() throws Exception {
        JsonNode tree = ProtocolJson.MAPPER.readTree("{\"price\":0.10,\"huge\":1e400,\"tiny\":1e-400,\"whole\":12345678901234567890123}");
        assertThat(tree.get("price").decimalValue()).isEqualTo(new BigDecimal("0.10"));
        assertThat(tree.get("huge").decimalValue()).isEqualTo(new BigDecimal("1e400"));
        assertThat(tree.get("tiny").decimalValue()).isEqualTo(new BigDecimal("1e-400"));
        JsonNode again = ProtocolJson.MAPPER.readTree(ProtocolJson.MAPPER.writeValueAsString(tree));
        assertThat(again).isEqualTo(tree);
        assertThat(ProtocolJson.MAPPER.writeValueAsString(tree)).contains("\"price\":0.10").doesNotContain("Infinity");
    }

    @Test
    void decimalsStayAsSentThroughAWireRecord() throws Exception {
        UUID id = UUID.randomUUID();
        UUID dossier = UUID.randomUUID();
        String json = "{\"id\":\"" + id + "\",\"kind\":\"member\",\"dossierId\":\"" + dossier + "\",\"version\":3,\"deleted\":false,"
            + "\"fields\":{\"hours\":0.10,\"far\":1e400},\"updatedAt\":\"2026-12-05T00:00:00Z\"}";
        Wire.RemoteRecord record = ProtocolJson.MAPPER.readValue(json, Wire.RemoteRecord.class);
        assertThat(record.fields().get("hours").decimalValue()).isEqualTo(new BigDecimal("0.10"));
        assertThat(record.fields().get("far").decimalValue()).isEqualTo(new BigDecimal("1e400"));

        Wire.PushEntry entry = new Wire.PushEntry(UUID.randomUUID(), 1, id, "member", dossier, "update", 3,
            (ObjectNode) record.fields(), null, List.of());
        JsonNode sent = ProtocolJson.MAPPER.readTree(ProtocolJson.MAPPER.writeValueAsBytes(entry));
        assertThat(sent.get("fields")).isEqualTo(record.fields());
        assertThat(sent.get("fields").get("hours").toString()).isEqualTo("0.10");
    }

    @Test
    void unknownPropertiesAreIgnoredAndUnknownCodesKept() throws Exception {
        Wire.PushResult result = ProtocolJson.MAPPER.readValue(
            "{\"result\":\"rejected\",\"reason\":\"from-the-future\",\"hint\":\"new in schema 2\"}", Wire.PushResult.class);
        assertThat(result.rejected()).isTrue();
        assertThat(result.outcome()).contains(PushOutcome.REJECTED);
        assertThat(result.reason()).isEqualTo("from-the-future");
        assertThat(result.rejectReason()).isEmpty();
    }
}
