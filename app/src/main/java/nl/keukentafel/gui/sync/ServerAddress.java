package nl.keukentafel.gui.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import nl.keukentafel.gui.common.UiText;

/**
 * Checks a typed server address: https always; plain http only for a server on this computer (a test or the
 * demo), because over a network it would send the families' data readable to anyone on the way. A missing
 * scheme means https. Immutable.
 */
public record ServerAddress(URI uri, UiText problem) {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public static ServerAddress parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return refused("sync.login.error.addressMissing");
        }
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException malformed) {
            return refused("sync.login.error.addressInvalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getHost().isBlank() || uri.getUserInfo() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            return refused("sync.login.error.addressInvalid");
        }
        if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            return refused("sync.login.error.httpOnlyLocal");
        }
        return new ServerAddress(uri, null);
    }

    private static ServerAddress refused(String key) {
        return new ServerAddress(null, new UiText(key));
    }

    public boolean valid() {
        return problem == null;
    }
}
