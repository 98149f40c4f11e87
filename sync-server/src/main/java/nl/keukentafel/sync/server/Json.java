package nl.keukentafel.sync.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.keukentafel.sync.protocol.ProtocolJson;
import nl.keukentafel.sync.protocol.Wire;

/**
 * The server's names for the protocol's one definition (module sync-protocol): the schema versions and the JSON
 * mapper, which reads numbers exactly (BigDecimal), so field values the server does not know come back as they went
 * in. Thread-safe.
 */
public final class Json {
    /** The payload schema this server speaks; every request and answer carries it as {@code schema}. */
    public static final int SCHEMA = Wire.SCHEMA;
    /** The oldest client schema this server still serves; older clients get 426 {@code client-too-old}. */
    public static final int MIN_CLIENT_SCHEMA = Wire.MIN_CLIENT_SCHEMA;

    public static final ObjectMapper MAPPER = ProtocolJson.MAPPER;

    private Json() {
    }
}
