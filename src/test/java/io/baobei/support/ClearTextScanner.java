package io.baobei.support;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Looks for clear text anywhere in a database: every character and binary column of every table of the
 * current schema (the engine's runtime, history and byte-array tables included) is read and searched
 * for the given needles; binary values are searched for the needles' UTF-8 bytes.
 *
 * <p>Columns are listed from {@code INFORMATION_SCHEMA.COLUMNS}: on H2 in schema {@code SCHEMA()}, on
 * PostgreSQL in {@code current_schema()}.
 */
public final class ClearTextScanner {

    /** A column of a table and its kind. */
    public record Column(String table, String column, boolean binary) {
    }

    /** A needle found in a column: how many rows hold it. */
    public record Finding(String table, String column, String needle, int rows) {

        @Override
        public String toString() {
            return table + "." + column + " holds '" + needle + "' in " + rows + " row(s)";
        }
    }

    private final DataSource dataSource;

    public ClearTextScanner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every (table, column) of a character or binary type in the current schema. */
    public List<Column> columns() {
        try (Connection connection = dataSource.getConnection()) {
            return columns(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list columns", e);
        }
    }

    /** Every (table, column) whose value contains any of the needles, one finding per needle. */
    public List<Finding> find(Collection<String> needles) {
        List<String> wanted = needles.stream().filter(n -> n != null && !n.isEmpty()).distinct().toList();
        List<Finding> findings = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Column column : columns(connection)) {
                findings.addAll(scan(connection, column, wanted));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot scan the database", e);
        }
        return findings;
    }

    private static List<Column> columns(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String currentSchema;
        if (product.contains("h2")) {
            currentSchema = "schema()";
        } else if (product.contains("postgres")) {
            currentSchema = "current_schema()";
        } else {
            throw new IllegalArgumentException("ClearTextScanner knows H2 and PostgreSQL, not " + product);
        }
        String sql = """
                select c.table_name, c.column_name, c.data_type
                from information_schema.columns c
                join information_schema.tables t
                  on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = %s and t.table_type in ('BASE TABLE', 'TABLE')
                order by c.table_name, c.ordinal_position
                """.formatted(currentSchema);
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(3).toLowerCase(Locale.ROOT);
                if (isBinary(type)) {
                    columns.add(new Column(rs.getString(1), rs.getString(2), true));
                } else if (isText(type)) {
                    columns.add(new Column(rs.getString(1), rs.getString(2), false));
                }
            }
        }
        return columns;
    }

    /** bytea (PostgreSQL); BINARY, BINARY VARYING, BINARY LARGE OBJECT, BLOB (H2). */
    static boolean isBinary(String type) {
        return type.contains("bytea") || type.contains("binary") || type.contains("blob");
    }

    /** character varying, character, text (PostgreSQL); CHARACTER VARYING, CHARACTER, CHARACTER LARGE OBJECT, CLOB (H2). */
    static boolean isText(String type) {
        return type.contains("char") || type.contains("text") || type.contains("clob");
    }

    private static List<Finding> scan(Connection connection, Column column, List<String> needles) throws SQLException {
        int[] rows = new int[needles.size()];
        List<byte[]> needleBytes = needles.stream().map(n -> n.getBytes(StandardCharsets.UTF_8)).toList();
        String sql = "select " + quote(column.column()) + " from " + quote(column.table())
                + " where " + quote(column.column()) + " is not null";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(200);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (column.binary()) {
                        byte[] value = rs.getBytes(1);
                        for (int i = 0; i < needles.size(); i++) {
                            if (value != null && indexOf(value, needleBytes.get(i)) >= 0) {
                                rows[i]++;
                            }
                        }
                    } else {
                        String value = rs.getString(1);
                        for (int i = 0; i < needles.size(); i++) {
                            if (value != null && value.contains(needles.get(i))) {
                                rows[i]++;
                            }
                        }
                    }
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < needles.size(); i++) {
            if (rows[i] > 0) {
                findings.add(new Finding(column.table(), column.column(), needles.get(i), rows[i]));
            }
        }
        return findings;
    }

    /** Identifiers exactly as the catalog spells them (lower case on PostgreSQL, upper case on H2). */
    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
