package dev.dovetail.jdbc.dialect;

import dev.dovetail.jdbc.metadata.JdbcColumn;
import dev.dovetail.jdbc.metadata.TableDescription;
import dev.dovetail.jdbc.metadata.TableName;
import org.postgresql.core.ServerVersion;
import org.postgresql.core.TypeInfo;
import org.postgresql.jdbc.PgConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL's describe of a table of the current schema in one {@code pg_catalog} query: on a new connection
 * (a split's, a Lambda invocation's) it takes about half the time of pgjdbc's {@code getTables},
 * {@code getColumns} and {@code getPrimaryKeys}, each a catalog query of its own.
 *
 * <p>It answers as those calls do, with pgjdbc's own {@link TypeInfo} for the type codes, names, precisions and
 * scales: a column whose default calls {@code nextval} is {@code serial}, {@code bigserial} or {@code smallserial};
 * a generated column is one with {@code attgenerated} set. It covers the columns of base types, arrays among them,
 * on PostgreSQL 12 or later; a domain, enum, composite or range column, an older server, option
 * {@code hideUnprivilegedObjects}, or a connection that is not pgjdbc's (a pool's proxy that does not unwrap, a
 * driver another class loader loaded) leave the describe to {@link java.sql.DatabaseMetaData}.
 */
final class PostgresCatalogQuery {
    /** Whether pgjdbc is on this class's class path: the connector runs with any driver, so it may be absent. */
    private static final boolean DRIVER_VISIBLE = driverVisible();

    /** pgjdbc's {@code getTables} names of the relation kinds {@link dev.dovetail.jdbc.metadata.JdbcCatalog} reads. */
    private static final Map<String, String> TABLE_TYPES = Map.of(
            "r", "TABLE", "p", "PARTITIONED TABLE", "v", "VIEW", "m", "MATERIALIZED VIEW", "f", "FOREIGN TABLE");

    private static final String QUERY = """
            SELECT c.relkind, n.nspname, current_database() AS database, a.attname, a.atttypid, a.atttypmod, t.typtype,
                   a.attnotnull, a.attgenerated <> '' AS generated,
                   coalesce(strpos(pg_catalog.pg_get_expr(d.adbin, d.adrelid), 'nextval('), 0) > 0 AS serial,
                   EXISTS (SELECT 1 FROM pg_catalog.pg_index i
                           WHERE i.indrelid = c.oid AND i.indisprimary AND a.attnum = ANY (i.indkey)) AS key
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
            WHERE c.relname = ? AND n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
              AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
            ORDER BY a.attnum""";

    private PostgresCatalogQuery() {
    }

    private static boolean driverVisible() {
        try {
            Class.forName("org.postgresql.jdbc.PgConnection", false, PostgresCatalogQuery.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /** The table of the current schema spelt exactly {@code entity}, as {@link Dialect#describeInOneQuery} says. */
    static Optional<TableDescription> describe(Connection connection, String entity) throws SQLException {
        if (!DRIVER_VISIBLE || !connection.isWrapperFor(PgConnection.class)) {
            return Optional.empty();
        }
        PgConnection pg = connection.unwrap(PgConnection.class);
        if (!pg.haveMinimumServerVersion(ServerVersion.v12) || pg.getHideUnprivilegedObjects()) {
            return Optional.empty();
        }
        try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setString(1, entity);
            try (ResultSet rs = statement.executeQuery()) {
                return describe(rs, entity, pg.getTypeInfo());
            }
        }
    }

    private static Optional<TableDescription> describe(ResultSet rs, String entity, TypeInfo types) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        TableName name = new TableName(entity, Optional.of(rs.getString("database")), Optional.of(rs.getString("nspname")),
                entity, TABLE_TYPES.get(rs.getString("relkind")));
        List<JdbcColumn> columns = new ArrayList<>();
        Set<String> primaryKey = new HashSet<>();
        do {
            if (!"b".equals(rs.getString("typtype"))) {
                return Optional.empty(); // pgjdbc's getColumns has rules of its own for these
            }
            JdbcColumn column = column(rs, types);
            columns.add(column);
            if (rs.getBoolean("key")) {
                primaryKey.add(column.name());
            }
        } while (rs.next());
        return Optional.of(new TableDescription(name, columns, primaryKey));
    }

    /** A column of a base type, as pgjdbc's {@code getColumns} describes it. */
    private static JdbcColumn column(ResultSet rs, TypeInfo types) throws SQLException {
        int oid = (int) rs.getLong("atttypid");
        int typmod = rs.getInt("atttypmod");
        int jdbcType = types.getSQLType(oid);
        String typeName = String.valueOf(types.getPGType(oid));
        if (rs.getBoolean("serial")) {
            typeName = switch (typeName) {
                case "int2" -> "smallserial";
                case "int4" -> "serial";
                case "int8" -> "bigserial";
                default -> typeName;
            };
        }
        int size = types.getPrecision(oid, typmod);
        if (size == 0 && jdbcType != Types.NUMERIC) {
            size = types.getDisplaySize(oid, typmod);
        }
        boolean decimal = jdbcType == Types.NUMERIC || jdbcType == Types.DECIMAL;
        int scale = decimal && typmod == -1 ? 0 : types.getScale(oid, typmod); // getColumns: no DECIMAL_DIGITS
        return new JdbcColumn(rs.getString("attname"), jdbcType, typeName, size, scale, !rs.getBoolean("attnotnull"),
                rs.getBoolean("generated"));
    }
}
