package nl.keukentafel.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Known fields of known kinds must have their type; null, unknown fields and unknown kinds always pass. */
class RecordSchemaTest {
    private static ObjectNode fields() {
        return ProtocolJson.MAPPER.createObjectNode();
    }

    @Test
    void knownFieldsOfKnownKindsAreChecked() {
        assertThat(RecordSchema.fits("member", fields().put("givenName", "Anna").put("gender", "FEMALE"))).isTrue();
        assertThat(RecordSchema.fits("geno_person", fields().put("kind", "DRAGON"))).isFalse();
        assertThat(RecordSchema.fits("check_exception", fields().put("reason", 3))).isFalse();
        assertThat(RecordSchema.fits("check_exception", fields().put("reason", "Kind woont in het buitenland"))).isTrue();
        assertThat(RecordSchema.fits("member", fields().set("birthDate", fields()))).isFalse();
        assertThat(RecordSchema.fits("geno_person", fields().put("birthOrder", 1.5))).isFalse();
        assertThat(RecordSchema.fits("geno_person", fields().put("pinnedX", 1.5))).isTrue();
    }

    @Test
    void nullUnknownFieldsAndUnknownKindsPass() {
        assertThat(RecordSchema.fits("member", fields().putNull("gender"))).isTrue();
        assertThat(RecordSchema.fits("member", fields().put("shoeSize", 44))).isTrue();
        assertThat(RecordSchema.fits("plan_goal", fields().put("gender", "DRAGON"))).isTrue();
    }
}
