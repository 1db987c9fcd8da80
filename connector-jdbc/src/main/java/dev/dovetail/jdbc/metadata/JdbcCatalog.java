package dev.dovetail.jdbc.metadata;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.Suggestions;
import dev.dovetail.api.option.StandardOptions;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.jdbc.JdbcConnector;
import dev.dovetail.jdbc.JdbcErrors;
import dev.dovetail.jdbc.JdbcSession;
import dev.dovetail.jdbc.dialect.Dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * The entities of a database and their schemas, from {@link DatabaseMetaData}.
 *
 * <p><b>Entity names.</b> The entities are the tables and views (also materialized, partitioned and
 * foreign tables) a user can read, without the database's own schemas ({@code information_schema},
 * {@code pg_catalog}, ...). A table in the session's current schema (PostgreSQL's {@code public}, H2's
 * {@code PUBLIC}, or whatever {@code sessionInitStatement} sets) is named by its own name,
 * {@code orders}; a table in another schema is qualified, {@code sales.orders}. MySQL and MariaDB have no
 * schemas inside a database: the entities are the tables of the URL's database, unqualified. Names are
 * spelt as the database stores them (H2 folds unquoted names to upper case: {@code ORDERS}).
 * {@link #describe} and the reader accept exactly these names and, when no table is spelt exactly so, the
 * one table whose name matches ignoring case; {@code schema.table} also reaches tables of other schemas
 * (other databases on MySQL), and names a table of the current schema too ({@code public.orders} is
 * {@code orders}), as AppFlow users and Glue scripts often write it.
 *
 * <p><b>The query entity.</b> When option {@code query} is set, the connection reads that query as one
 * entity named {@link JdbcConnector#QUERY_ENTITY}: it is the only entity listed, and it is described from
 * the query's result set metadata without reading any row. Asking for any other entity then is the
 * conflict of {@code dbTable} with {@code query}.
 *
 * <p>The schema {@link #describe} returns carries the table it was read from ({@link DescribedTable}), so
 * the splits of a planned read ({@link #table(ReadRequest)}) read without looking it up again.
 *
 * <p>A dialect may describe the common case, a table of the current schema spelt exactly, in one query of its
 * own ({@link Dialect#describeInOneQuery}: PostgreSQL's); every other case, and every other dialect, is described
 * through {@link DatabaseMetaData}, to the same schema.
 *
 * <p>Types are mapped by the dialect ({@link Dialect#dataType}), then by option {@code dataTypeMapping}.
 * Every failure of the database is a {@link ConnectorException} coded by SQLSTATE ({@link JdbcErrors}).
 */
public final class JdbcCatalog {
    private static final Set<String> ENTITY_TYPES = Set.of(
            "TABLE", "BASE TABLE", "VIEW", "MATERIALIZED VIEW", "PARTITIONED TABLE", "FOREIGN TABLE", "SYSTEM VERSIONED");

    private final JdbcSession session;
    private final Dialect dialect;

    public JdbcCatalog(JdbcSession session) {
        this.session = requireNonNull(session, "session is null");
        this.dialect = session.dialect();
    }

    /** The entities, sorted by name: the query entity alone when option {@code query} is set. */
    public List<Entity> entities() {
        if (session.settings().query().isPresent()) {
            return List.of(Entity.builder(JdbcConnector.QUERY_ENTITY).label("query")
                    .description("the rows of option 'query'").build());
        }
        try {
            return tables(session.connection().getCatalog()).stream()
                    .map(table -> Entity.builder(table.entity()).label(table.entity())
                            .description(table.type() + " " + String.join(".", qualifiedParts(table)))
                            .writable(table.isTable()).build())
                    .sorted(Comparator.comparing(Entity::name))
                    .toList();
        } catch (SQLException e) {
            throw JdbcErrors.of(e, dialect, "listing the tables of the database");
        }
    }

    /**
     * The schema of {@code entity}: columns in order, nullability, primary key, mapped types.
     *
     * @throws ConnectorException {@link ErrorCode#RESOURCE_NOT_FOUND} naming an unknown entity,
     *     {@link ErrorCode#INVALID_ARGUMENT} for another entity than the query's when {@code query} is set
     */
    public EntitySchema describe(String entity) {
        requireNonNull(entity, "entity is null");
        if (session.settings().query().isEmpty()) {
            Optional<TableDescription> described = describeInOneQuery(entity);
            if (described.isPresent()) {
                TableDescription table = described.get();
                return withPrimaryKey(session.table(entity, () -> tableOf(table.name(), table.columns())),
                        table.primaryKey());
            }
        }
        return describeThroughMetaData(entity);
    }

    private Optional<TableDescription> describeInOneQuery(String entity) {
        try {
            return dialect.describeInOneQuery(session.connection(), entity);
        } catch (SQLException e) {
            throw JdbcErrors.of(e, dialect, "describing entity '" + entity + "'");
        }
    }

    /** {@link #describe} through {@link DatabaseMetaData} alone, as for a dialect without {@link Dialect#describeInOneQuery}. */
    EntitySchema describeThroughMetaData(String entity) {
        JdbcTable table = table(entity);
        if (!(table.source() instanceof JdbcTable.Table source)) {
            return table.schema();
        }
        TableName name = source.name();
        Set<String> keys = new HashSet<>();
        try (ResultSet rs = session.connection().getMetaData().getPrimaryKeys(
                name.catalog().orElse(null), name.schema().orElse(null), name.table())) {
            while (rs.next()) {
                keys.add(rs.getString("COLUMN_NAME"));
            }
        } catch (SQLException e) {
            throw JdbcErrors.of(e, dialect, "reading the primary key of entity '" + entity + "'");
        }
        return withPrimaryKey(table, keys);
    }

    private static EntitySchema withPrimaryKey(JdbcTable table, Set<String> keys) {
        List<Field> fields = table.schema().fields().stream()
                .map(field -> keys.contains(field.name()) ? field.toBuilder().primaryKey(true).build() : field)
                .toList();
        return EntitySchema.of(table.schema().entity(), fields);
    }

    /**
     * What {@code entity} reads from and its columns as the database describes them (no primary key: the
     * reader needs none), in one metadata call, made once per session.
     */
    public JdbcTable table(String entity) {
        requireNonNull(entity, "entity is null");
        return session.table(entity, () -> lookUp(entity));
    }

    /**
     * The table {@code request} reads: the one its schema was described from, when the schema carries it
     * ({@link DescribedTable}: a split of a planned read), else looked up as {@link #table(String)} does.
     */
    public JdbcTable table(ReadRequest request) {
        requireNonNull(request, "request is null");
        return session.table(request.entityName(), () -> DescribedTable.of(request.entity(), session.settings())
                .orElseGet(() -> lookUp(request.entityName())));
    }

    private JdbcTable lookUp(String entity) {
        Optional<String> query = session.settings().query();
        if (query.isPresent()) {
            if (!entity.equals(JdbcConnector.QUERY_ENTITY)) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "options '" + StandardOptions.DB_TABLE + "' ('"
                        + entity + "') and 'query' are both given; give one of them (with 'query', read entity '"
                        + JdbcConnector.QUERY_ENTITY + "')");
            }
            return queryTable(query.get());
        }
        TableName name = resolve(entity);
        try {
            return tableOf(name, columnsOf(name));
        } catch (SQLException e) {
            throw JdbcErrors.of(e, dialect, "reading the columns of entity '" + entity + "'");
        }
    }

    private JdbcTable tableOf(TableName name, List<JdbcColumn> columns) {
        return new JdbcTable(EntitySchema.of(DescribedTable.table(Entity.builder(name.entity()).writable(name.isTable()), name)
                .build(), fieldsOf(columns)), columns, new JdbcTable.Table(name));
    }

    private JdbcTable queryTable(String sql) {
        JdbcTable.Query query = JdbcTable.Query.ofOption(sql);
        List<JdbcColumn> columns = new ArrayList<>();
        try (PreparedStatement statement = session.connection().prepareStatement("SELECT * " + query.from("1=0"))) {
            statement.setQueryTimeout(session.settings().queryTimeout());
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData metadata = rs.getMetaData();
                for (int i = 1; i <= metadata.getColumnCount(); i++) {
                    columns.add(new JdbcColumn(metadata.getColumnLabel(i), metadata.getColumnType(i),
                            metadata.getColumnTypeName(i), metadata.getPrecision(i), metadata.getScale(i),
                            metadata.isNullable(i) != ResultSetMetaData.columnNoNulls, false));
                }
            }
        } catch (SQLException e) {
            throw JdbcErrors.of(e, dialect, "describing option 'query' (" + query.sql() + ")");
        }
        try {
            return new JdbcTable(EntitySchema.of(DescribedTable.query(Entity.builder(JdbcConnector.QUERY_ENTITY)).build(),
                    fieldsOf(columns)), columns, query);
        } catch (IllegalArgumentException duplicateOrNone) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "option 'query' cannot be read as an entity: "
                    + duplicateOrNone.getMessage() + "; give every column of the query its own name with AS");
        }
    }

    private List<Field> fieldsOf(List<JdbcColumn> columns) {
        DataTypeMapping mapping = session.dataTypeMapping();
        List<Field> fields = new ArrayList<>(columns.size());
        for (JdbcColumn column : columns) {
            DataType original = dialect.dataType(column);
            Optional<DataType> remapped = mapping.remap(column, original);
            DataType type = remapped.orElse(original);
            fields.add(DescribedTable.column(Field.builder(column.name(), type)
                    .nullable(column.nullable())
                    .description(column.typeName())
                    .filterable(remapped.isEmpty())
                    .incremental(type.kind() == DataType.Kind.TIMESTAMP || type.kind() == DataType.Kind.DATE)
                    .readOnly(column.generated()), column)
                    .build());
        }
        return fields;
    }

    private List<JdbcColumn> columnsOf(TableName name) throws SQLException {
        DatabaseMetaData metadata = session.connection().getMetaData();
        TreeMap<Integer, JdbcColumn> columns = new TreeMap<>();
        String schemaPattern = name.schema().isPresent() ? escape(metadata, name.schema().get()) : null;
        try (ResultSet rs = metadata.getColumns(name.catalog().orElse(null), schemaPattern, escape(metadata, name.table()), "%")) {
            while (rs.next()) {
                // The patterns were escaped; still, keep only the table's own rows.
                if (!name.table().equals(rs.getString("TABLE_NAME"))
                        || name.schema().isPresent() && !name.schema().get().equals(rs.getString("TABLE_SCHEM"))) {
                    continue;
                }
                int nullable = rs.getInt("NULLABLE");
                columns.put(rs.getInt("ORDINAL_POSITION"), new JdbcColumn(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"),
                        String.valueOf(rs.getString("TYPE_NAME")), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
                        nullable != DatabaseMetaData.columnNoNulls, "YES".equalsIgnoreCase(generated(rs))));
            }
        }
        if (columns.isEmpty()) {
            throw new ConnectorException(ErrorCode.RESOURCE_NOT_FOUND, "entity '" + name.entity() + "' has no columns"
                    + " this user can see");
        }
        return List.copyOf(columns.values());
    }

    private static String generated(ResultSet rs) throws SQLException {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            if (rs.getMetaData().getColumnLabel(i).equalsIgnoreCase("IS_GENERATEDCOLUMN")) {
                return rs.getString(i);
            }
        }
        return "NO"; // a JDBC 4.0 driver
    }

    /** The table {@code entity} names, as the class comment says. */
    private TableName resolve(String entity) {
        try {
            Connection connection = session.connection();
            String currentCatalog = connection.getCatalog();
            Optional<TableName> spelt = speltExactly(entity, currentCatalog);
            if (spelt.isPresent()) {
                return spelt.get();
            }
            List<TableName> candidates = new ArrayList<>(tables(currentCatalog));
            int dot = entity.indexOf('.');
            if (dot > 0 && dialect.namespacesAreCatalogs() && !entity.substring(0, dot).equals(currentCatalog)) {
                candidates.addAll(tables(entity.substring(0, dot)));
            }
            List<TableName> exact = candidates.stream().filter(table -> table.entity().equals(entity)).toList();
            if (exact.size() == 1) {
                return exact.get(0);
            }
            List<TableName> folded = candidates.stream().filter(table -> table.entity().equalsIgnoreCase(entity)).toList();
            if (folded.size() == 1) {
                return folded.get(0);
            }
            if (folded.size() > 1) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "entity '" + entity + "' matches "
                        + folded.stream().map(TableName::entity).sorted().toList() + " ignoring case; spell it exactly");
            }
            List<TableName> qualified = candidates.stream()
                    .filter(table -> String.join(".", qualifiedParts(table)).equalsIgnoreCase(entity)).toList();
            if (qualified.size() == 1) {
                return qualified.get(0);
            }
            List<String> names = candidates.stream().map(TableName::entity).sorted().toList();
            String current = dialect.namespacesAreCatalogs() ? currentCatalog : connection.getSchema();
            throw new ConnectorException(ErrorCode.RESOURCE_NOT_FOUND, "entity '" + entity + "' is not a table or view"
                    + " this user can see" + (current == null ? "" : " (the current schema is '" + current + "')")
                    + Suggestions.didYouMean(entity, names)
                    + (names.size() <= 20 ? "; the entities: " + String.join(", ", names) : "; " + names.size() + " entities")
                    + "; name a table of another schema as schema.table" + (entity.equals(JdbcConnector.QUERY_ENTITY)
                    ? ", or set option 'query' to read a query" : ""));
        } catch (SQLException e) {
            throw JdbcErrors.of(e, dialect, "looking up entity '" + entity + "'");
        }
    }

    /**
     * The table of the current schema (database, where databases are catalogs) spelt exactly {@code entity},
     * found by one metadata call for that name alone, the common case. Empty for a qualified name, or when
     * no table is spelt so; {@link #resolve} then looks through all tables.
     */
    private Optional<TableName> speltExactly(String entity, String currentCatalog) throws SQLException {
        if (entity.indexOf('.') >= 0) {
            return Optional.empty();
        }
        // Only a table of the current schema (or database) has an unqualified entity name (tables() says so).
        List<TableName> found = tables(currentCatalog, null, escape(session.connection().getMetaData(), entity)).stream()
                .filter(table -> table.entity().equals(entity))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private List<String> qualifiedParts(TableName table) {
        List<String> parts = new ArrayList<>();
        (dialect.namespacesAreCatalogs() ? table.catalog() : table.schema()).ifPresent(parts::add);
        parts.add(table.table());
        return parts;
    }

    /**
     * The tables and views of {@code catalog} the user can read, named as the class comment says: qualified
     * by schema outside the current schema, or by database outside the current one where databases are catalogs.
     */
    private List<TableName> tables(String catalog) throws SQLException {
        return tables(catalog, null, "%");
    }

    /** {@link #tables(String)} narrowed to the metadata search patterns {@code schemaPattern} (null for any) and {@code tablePattern}. */
    private List<TableName> tables(String catalog, String schemaPattern, String tablePattern) throws SQLException {
        Connection connection = session.connection();
        boolean catalogs = dialect.namespacesAreCatalogs();
        String currentCatalog = connection.getCatalog();
        String currentSchema = catalogs ? null : connection.getSchema();
        List<TableName> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(catalog, schemaPattern, tablePattern, null)) {
            while (rs.next()) {
                String type = String.valueOf(rs.getString("TABLE_TYPE")).toUpperCase(Locale.ROOT);
                Optional<String> schema = Optional.ofNullable(rs.getString("TABLE_SCHEM"));
                if (!ENTITY_TYPES.contains(type) || schema.map(this::isSystemSchema).orElse(false)) {
                    continue;
                }
                String table = rs.getString("TABLE_NAME");
                Optional<String> tableCatalog = Optional.ofNullable(rs.getString("TABLE_CAT"));
                Optional<String> qualifier = catalogs
                        ? tableCatalog.filter(name -> !name.equals(currentCatalog))
                        : schema.filter(name -> !name.equals(currentSchema));
                tables.add(new TableName(qualifier.map(name -> name + "." + table).orElse(table), tableCatalog, schema,
                        table, type));
            }
        }
        return tables;
    }

    private boolean isSystemSchema(String schema) {
        String upper = schema.toUpperCase(Locale.ROOT);
        return dialect.systemSchemas().contains(upper) || upper.startsWith("PG_TEMP") || upper.startsWith("PG_TOAST");
    }

    /** {@code name} as a metadata search pattern matching only itself. */
    private static String escape(DatabaseMetaData metadata, String name) throws SQLException {
        String escape = metadata.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return name; // the rows are filtered by exact name anyway
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
