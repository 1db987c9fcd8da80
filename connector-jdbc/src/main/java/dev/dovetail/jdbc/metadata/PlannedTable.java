package dev.dovetail.jdbc.metadata;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.Split;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table a read resolved at planning, carried in each split's properties so that reading a split needs
 * no catalog lookup of its own (as Spark's JDBC source resolves the schema once, on the driver): on
 * PostgreSQL each lookup is a few metadata queries on the split's new connection, milliseconds per split.
 * <ul>
 *   <li>{@value #SOURCE}: {@code query}, or {@code table;<entity>;<catalog>;<schema>;<table>;<type>} (an
 *       absent catalog or schema is empty, a present one starts with {@code =});</li>
 *   <li>{@value #COLUMNS}: per column, in order, {@code <jdbcType>:<precision>:<scale>:<nullable>:<generated>:<name>:<typeName>}
 *       joined by {@code ,}.</li>
 * </ul>
 * Text is URL-encoded, so no name can break the format. The schema is the request's entity: the one the plan
 * was made with. A split without these properties (planned elsewhere) is read after a lookup, as before.
 */
public final class PlannedTable {
    /** The split property naming what the rows come from. */
    public static final String SOURCE = "jdbc.source";
    /** The split property describing the columns as the database does. */
    public static final String COLUMNS = "jdbc.columns";

    private PlannedTable() {
    }

    /** {@code splits}, each carrying {@code table}. */
    public static List<Split> attach(JdbcTable table, List<Split> splits) {
        Map<String, String> properties = properties(table);
        return splits.stream().map(split -> {
            Map<String, String> merged = new HashMap<>(split.properties());
            merged.putAll(properties);
            return split.withProperties(merged);
        }).toList();
    }

    /** The properties describing {@code table}. */
    static Map<String, String> properties(JdbcTable table) {
        String source = table.source() instanceof JdbcTable.Table named
                ? String.join(";", "table", encode(named.name().entity()), optional(named.name().catalog()),
                        optional(named.name().schema()), encode(named.name().table()), encode(named.name().type()))
                : "query";
        List<String> columns = new ArrayList<>(table.columns().size());
        for (JdbcColumn column : table.columns()) {
            columns.add(column.jdbcType() + ":" + column.precision() + ":" + column.scale() + ":" + (column.nullable() ? 1 : 0)
                    + ":" + (column.generated() ? 1 : 0) + ":" + encode(column.name()) + ":" + encode(column.typeName()));
        }
        return Map.of(SOURCE, source, COLUMNS, String.join(",", columns));
    }

    /**
     * The table {@code request}'s split carries, if it carries one; a query source reads {@code query}.
     *
     * @throws ConnectorException if the properties are there but do not describe the request's entity
     */
    public static Optional<JdbcTable> of(ReadRequest request, Optional<String> query) {
        Map<String, String> properties = request.split().properties();
        String source = properties.get(SOURCE);
        String columns = properties.get(COLUMNS);
        if (source == null || columns == null) {
            return Optional.empty();
        }
        try {
            List<JdbcColumn> parsed = columns(columns);
            if (parsed.size() != request.entity().size()) {
                throw new IllegalArgumentException(parsed.size() + " columns for an entity of " + request.entity().size());
            }
            return Optional.of(new JdbcTable(request.entity(), parsed, source(source, query)));
        } catch (RuntimeException e) {
            throw new ConnectorException(ErrorCode.UNKNOWN_ERROR, "split " + request.split().describe() + " of entity '"
                    + request.entityName() + "' does not carry the table it was planned with (" + e.getMessage()
                    + "); plan the read again", e);
        }
    }

    private static JdbcTable.Source source(String source, Optional<String> query) {
        if (source.equals("query")) {
            return JdbcTable.Query.ofOption(query.orElseThrow(() -> new IllegalArgumentException("a query source without option 'query'")));
        }
        String[] parts = source.split(";", -1);
        if (parts.length != 6 || !parts[0].equals("table")) {
            throw new IllegalArgumentException("property " + SOURCE + " is neither 'query' nor a table");
        }
        return new JdbcTable.Table(new TableName(decode(parts[1]), optional(parts[2]), optional(parts[3]), decode(parts[4]),
                decode(parts[5])));
    }

    private static List<JdbcColumn> columns(String columns) {
        List<JdbcColumn> parsed = new ArrayList<>();
        for (String column : columns.split(",", -1)) {
            String[] parts = column.split(":", -1);
            if (parts.length != 7) {
                throw new IllegalArgumentException("property " + COLUMNS + " has a column of " + parts.length + " parts");
            }
            parsed.add(new JdbcColumn(decode(parts[5]), Integer.parseInt(parts[0]), decode(parts[6]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]), parts[3].equals("1"), parts[4].equals("1")));
        }
        return parsed;
    }

    private static String optional(Optional<String> value) {
        return value.map(text -> "=" + encode(text)).orElse("");
    }

    private static Optional<String> optional(String field) {
        return field.isEmpty() ? Optional.empty() : Optional.of(decode(field.substring(1)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
