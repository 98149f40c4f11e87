package nl.keukentafel.sync.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nl.keukentafel.sync.protocol.ErrorCode;

/** Bytes on the wire: bounded, gzip-aware reading of bodies, gzip of answers, query strings. Stateless; thread-safe. */
final class Wire {
    /** Below this, gzip costs more than it saves. */
    static final int GZIP_THRESHOLD = 1024;
    private static final int CHUNK_BYTES = 16 * 1024;

    private Wire() {
    }

    /**
     * Reads a body of at most {@code maxBytes} after inflation, reserving every chunk in the caller's share of the
     * body budget before keeping it. Inflation stops at the limit (413), so a small gzip bomb never grows past it.
     */
    static byte[] readBody(InputStream raw, String contentEncoding, int maxBytes, BodyBudget.Reservation reservation)
        throws IOException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        InputStream in = switch (encoding) {
            case "identity", "" -> raw;
            case "gzip" -> new GZIPInputStream(raw);
            default -> throw new ApiException(ErrorCode.UNSUPPORTED_ENCODING, "Content-Encoding may be gzip or identity.");
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[Math.min(CHUNK_BYTES, maxBytes + 1)];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (out.size() + read > maxBytes) {
                throw tooLarge(maxBytes);
            }
            // The output array may double when it grows; reserve for that, not just for the bytes.
            reservation.grow(2L * read);
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** A declared length over the limit is refused before a byte is read; a gzip body is never larger than it inflates to. */
    static void checkDeclaredLength(String contentLength, int maxBytes) {
        if (contentLength == null) {
            return;
        }
        try {
            if (Long.parseLong(contentLength.trim()) > maxBytes) {
                throw tooLarge(maxBytes);
            }
        } catch (NumberFormatException unreadable) {
            throw ApiException.badRequest(ErrorCode.MALFORMED_REQUEST, "Content-Length is not a number.");
        }
    }

    static ApiException tooLarge(int maxBytes) {
        return new ApiException(ErrorCode.TOO_LARGE, "The request body is larger than " + maxBytes + " bytes.");
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            if ("gzip".equalsIgnoreCase(pieces[0].trim())) {
                return pieces.length < 2 || !pieces[1].replace(" ", "").equals("q=0");
            }
        }
        return false;
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                query.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException badEscape) {
                throw ApiException.badRequest(ErrorCode.MALFORMED_QUERY, "The query string has a broken %-escape.");
            }
        }
        return query;
    }
}
