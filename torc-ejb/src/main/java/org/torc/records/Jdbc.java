package org.torc.records;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plain SQL on the connection of the current JPA transaction, so that it commits or rolls back
 * together with everything else the transaction did.
 *
 * <p>SQL errors become {@link PersistenceException}s, like JPA's own: they are bugs or outages, not
 * client errors, and the web layer answers them with a 500.
 */
public final class Jdbc {

    /** Ids per {@code IN (...)} list; keeps statements small on both databases. */
    public static final int CHUNK = 1_000;

    private final Connection connection;

    private Jdbc(Connection connection) {
        this.connection = connection;
    }

    /** The connection of {@code em}'s transaction, which must be active. */
    public static Jdbc of(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("no JDBC connection: is a transaction active?");
        }
        return new Jdbc(connection);
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public int update(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement statement = prepare(sql, params);
                ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The first column of the first row as a number; 0 when there is no row or it is null. */
    public long number(String sql, Object... params) {
        return first(sql, row -> row.getLong(1), params).orElse(0L);
    }

    public List<Long> ids(String sql, Object... params) {
        return list(sql, row -> row.getLong(1), params);
    }

    /** Inserts one row and answers the id the database generated for it. */
    public long insert(String sql, Object... params) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(params);
        return insertAll(sql, rows).get(0);
    }

    /** Inserts many rows in JDBC batches and answers their generated ids, in order. */
    public List<Long> insertAll(String sql, List<Object[]> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            for (int start = 0; start < rows.size(); start += CHUNK) {
                for (Object[] row : rows.subList(start, Math.min(rows.size(), start + CHUNK))) {
                    bind(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
                collectKeys(statement, ids);
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
        if (ids.size() != rows.size()) {
            throw new PersistenceException(
                    "expected " + rows.size() + " generated ids, got " + ids.size());
        }
        return ids;
    }

    /** Runs one statement for each row, in JDBC batches. */
    public void batch(String sql, List<Object[]> rows) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
                if (++pending == CHUNK) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /**
     * Runs {@code sqlWithIds}, whose {@code %s} is replaced by a list of ids, once per chunk of
     * {@code ids}; answers the total update count. Ids are numbers, so writing them into the SQL
     * text is safe. A chunk of one id is bound as a parameter instead, in the place of {@code %s}
     * among the {@code ?} marks, which must not occur in literals before it.
     */
    public int updateEach(String sqlWithIds, Collection<Long> ids, Object... params) {
        int total = 0;
        for (List<Long> chunk : chunks(ids)) {
            total +=
                    chunk.size() == 1
                            ? update(sqlWithIds.formatted("?"), withId(sqlWithIds, chunk, params))
                            : update(sqlWithIds.formatted(idList(chunk)), params);
        }
        return total;
    }

    /** Like {@link #updateEach} for queries: the rows of every chunk, concatenated. */
    public <T> List<T> listEach(
            String sqlWithIds, Collection<Long> ids, RowMapper<T> mapper, Object... params) {
        List<T> result = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            result.addAll(
                    chunk.size() == 1
                            ? list(
                                    sqlWithIds.formatted("?"),
                                    mapper,
                                    withId(sqlWithIds, chunk, params))
                            : list(sqlWithIds.formatted(idList(chunk)), mapper, params));
        }
        return result;
    }

    /**
     * The parameters for a one-id chunk, whose id is bound rather than written into the SQL: the
     * statement's text is then the same for every id, so the database parses and plans it once
     * (H2's per-connection query cache) rather than for each finished job.
     */
    private static Object[] withId(String sqlWithIds, List<Long> chunk, Object[] params) {
        String before = sqlWithIds.substring(0, sqlWithIds.indexOf("%s"));
        int position = (int) before.chars().filter(c -> c == '?').count();
        Object[] all = new Object[params.length + 1];
        System.arraycopy(params, 0, all, 0, position);
        all[position] = chunk.get(0);
        System.arraycopy(params, position, all, position + 1, params.length - position);
        return all;
    }

    public static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            chunks.add(all.subList(start, Math.min(all.size(), start + CHUNK)));
        }
        return chunks;
    }

    private static String idList(List<Long> ids) {
        return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, params);
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static void collectKeys(Statement statement, List<Long> ids) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
            }
        }
    }

    private static PersistenceException failure(String sql, SQLException e) {
        return new PersistenceException("SQL failed: " + sql + ": " + e.getMessage(), e);
    }
}
