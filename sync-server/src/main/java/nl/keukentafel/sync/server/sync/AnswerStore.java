package nl.keukentafel.sync.server.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The stored answer to each (clientId, clientSeq), so a repeated entry gets it again and changes nothing. Stateless; thread-safe. */
public final class AnswerStore {

    /** A stored answer and the user who sent the entry. */
    public record Stored(UUID userId, ObjectNode answer) {
    }

    public Optional<Stored> find(Connection connection, UUID clientId, long clientSeq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "select user_id, answer::text from push_answer where client_id = ? and client_seq = ?")) {
            select.setObject(1, clientId);
            select.setLong(2, clientSeq);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                    ? Optional.of(new Stored(rows.getObject(1, UUID.class), RecordStore.parse(rows.getString(2))))
                    : Optional.empty();
            }
        }
    }

    public void store(Connection connection, UUID clientId, long clientSeq, UUID userId, ObjectNode answer, Instant now)
        throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into push_answer (client_id, client_seq, user_id, answer, received_at) values (?, ?, ?, ?::jsonb, ?)")) {
            insert.setObject(1, clientId);
            insert.setLong(2, clientSeq);
            insert.setObject(3, userId);
            insert.setString(4, RecordStore.text(answer));
            insert.setTimestamp(5, Timestamp.from(now));
            insert.executeUpdate();
        }
    }
}
