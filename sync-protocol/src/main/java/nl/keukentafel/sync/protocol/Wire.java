package nl.keukentafel.sync.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The protocol's payloads as immutable records (names as in docs/api/openapi.yaml; {@code PullPage} is the
 * {@code PullResponse} schema, {@code RemoteRecord} the {@code Record} schema). Read and written with
 * {@link ProtocolJson#MAPPER}. Thread-safe.
 */
public final class Wire {
    /** The payload schema spoken here; every request and answer carries it as {@code schema}. */
    public static final int SCHEMA = 1;
    /** The oldest client schema a server still serves; older clients get 426 {@code client-too-old}. */
    public static final int MIN_CLIENT_SCHEMA = 1;

    private Wire() {
    }

    public record TokenGrant(String accessToken, String accessExpiresAt, long expiresIn, String refreshToken,
                             String refreshExpiresAt, UUID deviceId, UUID userId, String username) {
        @Override
        public String toString() {
            return "TokenGrant[device=" + deviceId + "]";
        }
    }

    /** One outbox row on the wire. {@code fields} and {@code baseFields} are kept as JSON, unknown fields included. */
    public record PushEntry(UUID clientId, long clientSeq, UUID recordId, String kind, UUID dossierId, String op,
                            long baseVersion, ObjectNode fields, ObjectNode baseFields, List<UUID> resolves) {
        public PushEntry {
            resolves = resolves == null ? List.of() : List.copyOf(resolves);
        }
    }

    public record PushRequest(int schema, List<PushEntry> entries) {
    }

    /**
     * The answer to one entry. {@code result} and {@code reason} stay the server's text, so a newer server's code is
     * kept and can be shown; {@link #outcome()} and {@link #rejectReason()} read them as the codes known here.
     */
    public record PushResult(UUID clientId, Long clientSeq, UUID recordId, String result, Long version,
                             List<UUID> conflicts, String reason) {
        public boolean rejected() {
            return PushOutcome.REJECTED.code().equals(result);
        }

        /** The result as a known outcome; empty for a code this side does not know. */
        public Optional<PushOutcome> outcome() {
            return PushOutcome.fromCode(result);
        }

        /** The reason as a known one; empty when there is none or it is a code this side does not know. */
        public Optional<RejectReason> rejectReason() {
            return RejectReason.fromCode(reason);
        }
    }

    public record PushResponse(int schema, List<PushResult> results) {
        /** One well-formed answer per entry sent, in order; anything else is a malformed reply. */
        public boolean answers(List<PushEntry> sent) {
            if (results == null || results.size() != sent.size()) {
                return false;
            }
            for (int index = 0; index < sent.size(); index++) {
                PushResult result = results.get(index);
                if (result == null || result.result() == null
                        || (result.recordId() != null && !result.recordId().equals(sent.get(index).recordId()))) {
                    return false;
                }
            }
            return true;
        }
    }

    public record RemoteRecord(UUID id, String kind, UUID dossierId, long version, boolean deleted, ObjectNode fields,
                               String updatedAt) {
        public boolean wellFormed() {
            return id != null && kind != null && dossierId != null && version >= 0;
        }
    }

    public record ConflictSide(JsonNode value, boolean deleted, Long version, String author, UUID deviceId, String at) {
    }

    public record Conflict(UUID id, UUID recordId, UUID dossierId, String kind, String field, String status,
                           ConflictSide server, ConflictSide client) {
        public boolean open() {
            return ConflictStatus.OPEN.code().equals(status);
        }

        public boolean wellFormed() {
            return id != null && recordId != null && dossierId != null && kind != null && status != null;
        }
    }

    public record PullPage(int schema, String cursor, boolean hasMore, List<RemoteRecord> records, List<Conflict> conflicts,
                           List<UUID> removed) {
        public PullPage {
            records = records == null ? List.of() : List.copyOf(records);
            conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
            removed = removed == null ? List.of() : List.copyOf(removed);
        }

        /** Everything the client relies on is there; a page that is not is refused whole, never half applied. */
        public boolean wellFormed() {
            return cursor != null && records.stream().allMatch(RemoteRecord::wellFormed)
                    && conflicts.stream().allMatch(Conflict::wellFormed);
        }
    }

    /** {@code GET /me/caseload}: the dossiers the caller may see. */
    public record CaseloadAnswer(int schema, List<CaseloadDossier> dossiers) {
        public CaseloadAnswer {
            dossiers = dossiers == null ? null : List.copyOf(dossiers);
        }

        public boolean wellFormed() {
            return dossiers != null && dossiers.stream().allMatch(dossier -> dossier.dossierId() != null);
        }

        public Set<UUID> dossierIds() {
            Set<UUID> ids = new HashSet<>();
            dossiers.forEach(dossier -> ids.add(dossier.dossierId()));
            return Set.copyOf(ids);
        }
    }

    public record CaseloadDossier(UUID dossierId, String since) {
    }

    /** Every error answer: a stable {@code code} (see {@link ErrorCode}) and a message with ids at most. */
    public record ErrorBody(String code, String message) {
        /** The code as a known one; empty for a code this side does not know. */
        public Optional<ErrorCode> errorCode() {
            return ErrorCode.fromCode(code);
        }
    }
}
