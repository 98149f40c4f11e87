package nl.keukentafel.sync.server.auth;

import java.util.UUID;

/** Who is calling: the user and the device their token is bound to. Immutable. */
public record Principal(UUID userId, String username, UUID deviceId) {
}
