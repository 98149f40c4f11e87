package nl.keukentafel.sync.server.caseload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.sync.server.db.Db;

/**
 * Which dossiers each user may see. Assigning and unassigning draw a change number, so a pull delivers a newly
 * assigned dossier whole and reports a removed one; call those inside {@link Db#changeTransaction}. Stateless;
 * thread-safe.
 */
public final class CaseloadStore {

    /** One dossier in a caseload, since when. */
    public record Assignment(UUID dossierId, Instant since) {
    }

    public boolean isAssigned(Connection connection, UUID userId, UUID dossierId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "select 1 from caseload where user_id = ? and dossier_id = ? and active")) {
            select.setObject(1, userId);
            select.setObject(2, dossierId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    public boolean dossierExists(Connection connection, UUID dossierId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from dossier where id = ?")) {
            select.setObject(1, dossierId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    public void ensureDossier(Connection connection, UUID dossierId, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "insert into dossier (id, created_at) values (?, ?) on conflict (id) do nothing")) {
            insert.setObject(1, dossierId);
            insert.setTimestamp(2, Timestamp.from(now));
            insert.executeUpdate();
        }
    }

    /** Assigns (or re-assigns) a dossier; creates the dossier row when the server has not seen it yet. */
    public void assign(Connection connection, UUID userId, UUID dossierId, Instant now) throws SQLException {
        ensureDossier(connection, dossierId, now);
        try (PreparedStatement upsert = connection.prepareStatement(
            "insert into caseload (user_id, dossier_id, active, seq, changed_at) values (?, ?, true, ?, ?)"
                + " on conflict (user_id, dossier_id) do update set active = true, seq = excluded.seq,"
                + " changed_at = excluded.changed_at where not caseload.active")) {
            upsert.setObject(1, userId);
            upsert.setObject(2, dossierId);
            upsert.setLong(3, Db.nextSeq(connection));
            upsert.setTimestamp(4, Timestamp.from(now));
            upsert.executeUpdate();
        }
    }

    /** Returns false when the dossier was not in the caseload. */
    public boolean unassign(Connection connection, UUID userId, UUID dossierId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
            "update caseload set active = false, seq = ?, changed_at = ? where user_id = ? and dossier_id = ? and active")) {
            update.setLong(1, Db.nextSeq(connection));
            update.setTimestamp(2, Timestamp.from(now));
            update.setObject(3, userId);
            update.setObject(4, dossierId);
            return update.executeUpdate() == 1;
        }
    }

    public List<Assignment> assignments(Connection connection, UUID userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "select dossier_id, changed_at from caseload where user_id = ? and active order by dossier_id")) {
            select.setObject(1, userId);
            try (ResultSet rows = select.executeQuery()) {
                List<Assignment> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(new Assignment(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant()));
                }
                return result;
            }
        }
    }
}
