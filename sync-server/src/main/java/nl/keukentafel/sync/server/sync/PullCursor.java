package nl.keukentafel.sync.server.sync;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A position in the caller's change stream: the change number of the last item delivered and, because a dossier
 * joining a caseload delivers all its records at the one number of the assignment, that item's key. Opaque to
 * clients (base64url). Immutable.
 */
public record PullCursor(long seq, String key) {
    public static final PullCursor START = new PullCursor(0, "");

    public String encode() {
        String text = "1:" + seq + ":" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty or absent text is the start; anything unreadable is empty. */
    public static Optional<PullCursor> decode(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of(START);
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(":", 3);
            if (parts.length != 3 || !"1".equals(parts[0]) || parts[2].length() > 64) {
                return Optional.empty();
            }
            long seq = Long.parseLong(parts[1]);
            return seq < 0 ? Optional.empty() : Optional.of(new PullCursor(seq, parts[2]));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
