package nl.keukentafel.store.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.store.IdList;
import nl.keukentafel.store.RecordMapper;
import nl.keukentafel.store.StoreException;

/** Small SQL and JSON helpers of the sync tables, on the caller's connection. Stateless; thread-safe. */
final class SyncSql {
    private SyncSql() {
    }

    static long count(Connection handle, String sql, String... parameters) throws SQLException {
        try (PreparedStatement select = prepare(handle, sql, parameters); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static int execute(Connection handle, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = handle.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                statement.setObject(index + 1, parameters[index]);
            }
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection handle, String sql, String... parameters) throws SQLException {
        PreparedStatement statement = handle.prepareStatement(sql);
        for (int index = 0; index < parameters.length; index++) {
            statement.setString(index + 1, parameters[index]);
        }
        return statement;
    }

    /** {@code column} followed by {@link IdList#IN} with the ids bound, e.g. "select ... where record_id". */
    static PreparedStatement prepareIn(Connection handle, String sqlUpToColumn, Collection<UUID> ids) throws SQLException {
        PreparedStatement statement = handle.prepareStatement(sqlUpToColumn + IdList.IN);
        statement.setString(1, IdList.json(ids));
        return statement;
    }

    /** The values of a one-column query over a list of ids, as ids. */
    static Set<UUID> idsIn(Connection handle, String sqlUpToColumn, Collection<UUID> ids) throws SQLException {
        Set<UUID> found = new HashSet<>();
        try (PreparedStatement select = prepareIn(handle, sqlUpToColumn, ids); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(UUID.fromString(rows.getString(1)));
            }
        }
        return found;
    }

    static List<UUID> uuids(String jsonArray) {
        List<UUID> ids = new ArrayList<>();
        if (jsonArray != null) {
            json(jsonArray).forEach(item -> ids.add(UUID.fromString(item.asText())));
        }
        return ids;
    }

    static String uuidArray(List<UUID> ids) {
        return ids.isEmpty() ? null : RecordMapper.write(ids.stream().map(UUID::toString).toList());
    }

    static JsonNode json(String text) {
        try {
            return text == null ? null : RecordMapper.json().readTree(text);
        } catch (JsonProcessingException damaged) {
            throw new StoreException("stored sync value is not JSON", damaged);
        }
    }

    static String text(JsonNode value) {
        return value == null ? "null" : value.toString();
    }
}
