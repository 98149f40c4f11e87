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

/** Bytes on the wire: bounded, gzip-aware reading of bodies, gzip of answers, query strings. Stateless; thread-safe. */
final class Wire {
    /** A push is at most 1 MiB of entries (ADR 0002); this leaves room and still bounds memory per call. */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    /** Below this, gzip costs more than it saves. */
    static final int GZIP_THRESHOLD = 1024;

    private Wire() {
    }

    static byte[] readBody(InputStream raw, String contentEncoding) throws IOException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        InputStream in = switch (encoding) {
            case "identity", "" -> raw;
            case "gzip" -> new GZIPInputStream(raw);
            default -> throw new ApiException(415, "unsupported-encoding", "Content-Encoding may be gzip or identity.");
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (out.size() + read > MAX_BODY_BYTES) {
                throw new ApiException(413, "too-large", "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
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
            query.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }
}
