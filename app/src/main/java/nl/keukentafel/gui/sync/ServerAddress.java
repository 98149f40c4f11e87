package nl.keukentafel.gui.sync;

import java.net.URI;
import nl.keukentafel.gui.common.UiText;

/**
 * A typed server address for the login screen: the rule itself is the sync client's
 * ({@link nl.keukentafel.sync.client.ServerAddress}), shared with the command line; this adds the screen's message
 * for each refusal. Immutable.
 */
public record ServerAddress(URI uri, UiText problem) {
    public static ServerAddress parse(String typed) {
        nl.keukentafel.sync.client.ServerAddress.Parsed parsed = nl.keukentafel.sync.client.ServerAddress.parse(typed);
        return parsed.refused().map(refusal -> new ServerAddress(null, new UiText(switch (refusal) {
            case MISSING -> "sync.login.error.addressMissing";
            case INVALID -> "sync.login.error.addressInvalid";
            case PLAIN_HTTP_NOT_LOCAL -> "sync.login.error.httpOnlyLocal";
        }))).orElseGet(() -> new ServerAddress(parsed.accepted().uri(), null));
    }

    public boolean valid() {
        return problem == null;
    }
}
