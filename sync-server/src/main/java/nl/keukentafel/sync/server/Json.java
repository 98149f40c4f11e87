package nl.keukentafel.sync.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/**
 * The one JSON mapper. Numbers are read exactly (BigDecimal), so field values the server does not know come back
 * as they went in. Thread-safe.
 */
public final class Json {
    /** The payload schema this server speaks; every request and answer carries it as {@code schema}. */
    public static final int SCHEMA = 1;
    /** The oldest client schema this server still serves; older clients get 426 {@code client-too-old}. */
    public static final int MIN_CLIENT_SCHEMA = 1;

    public static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();

    private Json() {
    }
}
