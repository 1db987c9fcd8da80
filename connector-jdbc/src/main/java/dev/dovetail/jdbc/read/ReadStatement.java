package dev.dovetail.jdbc.read;

import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.jdbc.JdbcSession;
import dev.dovetail.jdbc.JdbcSettings;
import dev.dovetail.jdbc.dialect.Dialect;
import dev.dovetail.jdbc.metadata.JdbcCatalog;
import dev.dovetail.jdbc.metadata.JdbcColumn;
import dev.dovetail.jdbc.metadata.JdbcTable;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The one SELECT that reads a split, as {@link JdbcReader} executes it, with the parameters it binds:
 * {@code SELECT <projected columns, quoted> FROM <table, qualified and quoted> WHERE (<filterPredicate>) AND
 * <pushed predicate> <limit>}, or the {@code query} option's forms (see {@link JdbcReader}).
 *
 * <p>Public so that whatever must issue the very statement the connector issues (the benchmarks' raw JDBC
 * baseline) takes it from here instead of writing its own. Building one takes the table from the request's
 * schema when it was described by this connector, and otherwise describes the entity through the session's
 * connection; the statement itself is immutable and holds no connection.
 */
public final class ReadStatement {
    private final String sql;
    private final PredicateSql predicate;
    private final RowReader rows;

    private ReadStatement(String sql, PredicateSql predicate, RowReader rows) {
        this.sql = sql;
        this.predicate = predicate;
        this.rows = rows;
    }

    /**
     * The statement reading {@code request} with {@code session}'s dialect and settings.
     *
     * @throws dev.dovetail.api.ConnectorException if the entity or a projected column does not exist, or a
     *     column's type cannot be read
     */
    public static ReadStatement of(JdbcSession session, ReadRequest request) {
        requireNonNull(session, "session is null");
        requireNonNull(request, "request is null");
        Dialect dialect = session.dialect();
        JdbcSettings settings = session.settings();
        JdbcTable table = new JdbcCatalog(session).table(request);
        EntitySchema projection = request.projection();

        List<String> columns = new ArrayList<>(projection.size());
        List<JdbcColumn> described = new ArrayList<>(projection.size());
        for (Field field : projection.fields()) {
            int index = table.schema().requireIndex(field.name());
            columns.add(dialect.quote(table.schema().field(index).name()));
            described.add(table.columns().get(index));
        }
        RowReader rows = RowReader.of(projection.fields(), described, dialect, settings.url());
        PredicateSql predicate = PredicateSql.of(request.predicate(), table, dialect);
        List<String> conditions = new ArrayList<>(2);
        settings.filterPredicate().filter(filter -> !filter.isBlank()).ifPresent(filter -> conditions.add("(" + filter + ")"));
        if (!predicate.sql().isEmpty()) {
            conditions.add(conditions.isEmpty() ? predicate.sql() : "(" + predicate.sql() + ")");
        }
        String condition = String.join(" AND ", conditions);
        String from = table.source() instanceof JdbcTable.Query query ? query.from(condition)
                : "FROM " + ((JdbcTable.Table) table.source()).name().sql(dialect) + (condition.isEmpty() ? "" : " WHERE " + condition);
        return new ReadStatement(dialect.select(String.join(", ", columns), from, request.limit()), predicate, rows);
    }

    /** The SQL, with a {@code ?} for each parameter. */
    public String sql() {
        return sql;
    }

    /**
     * Binds the parameters to {@code statement}, prepared from {@link #sql()}, each typed as its column.
     *
     * @return the number of parameters bound
     */
    public int bind(PreparedStatement statement) throws SQLException {
        return predicate.bind(statement, 1) - 1;
    }

    /** Moves a row of the result into the sink: result column {@code i + 1} to sink column {@code i}. */
    RowReader rows() {
        return rows;
    }

    @Override
    public String toString() {
        return sql;
    }
}
