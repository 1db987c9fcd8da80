package dev.dovetail.jdbc.metadata;

import dev.dovetail.api.schema.EntitySchema;

import java.util.List;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * What an entity reads from, with its columns as the database describes them: field {@code i} of
 * {@link #schema()} is column {@code i} of {@link #columns()}.
 *
 * @param schema the entity's schema, types mapped per dialect and {@code dataTypeMapping}
 * @param columns the database's description of each field's column
 * @param source the table or the query the rows come from
 */
public record JdbcTable(EntitySchema schema, List<JdbcColumn> columns, Source source) {

    public JdbcTable {
        requireNonNull(schema, "schema is null");
        columns = List.copyOf(columns);
        requireNonNull(source, "source is null");
        if (columns.size() != schema.size()) {
            throw new IllegalArgumentException("a schema of " + schema.size() + " fields for " + columns.size() + " columns");
        }
    }

    /** The column of the field called {@code field} (resolved as {@link EntitySchema#requireIndex} does). */
    public JdbcColumn column(String field) {
        return columns.get(schema.requireIndex(field));
    }

    /** Where rows come from. */
    public sealed interface Source permits Table, Query {
    }

    /** A table or view. */
    public record Table(TableName name) implements Source {
        public Table {
            requireNonNull(name, "name is null");
        }
    }

    /**
     * The {@code query} option's SELECT.
     *
     * @param sql the query, without a trailing semicolon
     */
    public record Query(String sql) implements Source {
        private static final Pattern ENDS_IN_WHERE = Pattern.compile("(?is).*\\bWHERE\\s*");

        public Query {
            requireNonNull(sql, "sql is null");
        }

        /** The query of option {@code query} as given: blanks around it and trailing semicolons dropped. */
        public static Query ofOption(String option) {
            return new Query(option.strip().replaceFirst(";+\\s*$", ""));
        }

        /**
         * Whether the query ends in {@code WHERE} (any case, trailing blanks): Glue's convention for a query
         * the predicates are appended to, instead of wrapping it in {@code SELECT ... FROM (query)}.
         */
        public boolean endsInWhere() {
            return ENDS_IN_WHERE.matcher(sql).matches();
        }

        /**
         * The FROM clause reading the query's rows that satisfy {@code condition} (SQL; empty for all): the
         * condition is appended after the query's WHERE ({@code 1=1} when empty), or applied to the query
         * as a subquery; the columns of either are the query's.
         */
        public String from(String condition) {
            if (endsInWhere()) {
                return "FROM (" + sql + " " + (condition.isEmpty() ? "1=1" : condition) + ") dovetail_query";
            }
            return "FROM (" + sql + ") dovetail_query" + (condition.isEmpty() ? "" : " WHERE " + condition);
        }
    }
}
