package nl.keukentafel.sync.protocol;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper configuration of the protocol, for client and server alike. Numbers are read exactly
 * (BigDecimal, trailing zeros kept), so field values a side does not know come back as they went in: {@code 0.10}
 * stays {@code 0.10}, {@code 1e400} does not become infinity. Unknown properties are ignored, so a newer peer's
 * additions do not break an older one. Thread-safe.
 */
public final class ProtocolJson {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private ProtocolJson() {
    }
}
