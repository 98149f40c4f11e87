package nl.keukentafel.sync.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for a sync server's address, used by the app's login screen, the command line and {@link SyncApi}
 * itself: https always; plain http only to this computer (a test or the demo), because over a network it would
 * carry the password, the refresh token and the families' data readable to anyone on the way. A missing scheme
 * means https. This computer is {@code localhost} or a loopback literal (127.0.0.0/8, ::1); no name is looked up,
 * since a name's answer is not ours to trust. Immutable.
 */
public record ServerAddress(URI uri) {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    /** Why an address was refused; each has its own message in the app and on the command line. */
    public enum Refusal {
        MISSING,
        INVALID,
        /** http:// to a server that is not on this computer. */
        PLAIN_HTTP_NOT_LOCAL
    }

    /** The typed address as a usable one, or why not. */
    public static Parsed parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new Parsed(null, Refusal.MISSING);
        }
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException malformed) {
            return new Parsed(null, Refusal.INVALID);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getHost().isBlank() || uri.getUserInfo() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            return new Parsed(null, Refusal.INVALID);
        }
        if (scheme.equals("http") && !onThisComputer(uri.getHost())) {
            return new Parsed(null, Refusal.PLAIN_HTTP_NOT_LOCAL);
        }
        return new Parsed(new ServerAddress(uri), null);
    }

    /** Whether a request to {@code uri} may go out at all (the last line of defence in {@link SyncApi}). */
    public static boolean allowed(URI uri) {
        return parse(uri.toString()).address().isPresent();
    }

    static boolean onThisComputer(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost")) {
            return true;
        }
        Matcher ipv4 = IPV4.matcher(name);
        if (ipv4.matches()) {
            for (int part = 1; part <= 4; part++) {
                if (Integer.parseInt(ipv4.group(part)) > 255) {
                    return false;
                }
            }
            return ipv4.group(1).equals("127");
        }
        String literal = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        if (!literal.contains(":") || !literal.matches("[0-9a-f:.]+")) {
            return false;
        }
        try {
            // An IPv6 literal (checked above) is parsed, never looked up.
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException notALiteral) {
            return false;
        }
    }

    /** Either an address or a refusal. Immutable. */
    public record Parsed(ServerAddress accepted, Refusal refusal) {
        public Optional<ServerAddress> address() {
            return Optional.ofNullable(accepted);
        }

        public Optional<Refusal> refused() {
            return Optional.ofNullable(refusal);
        }
    }
}
