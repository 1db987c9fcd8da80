package dev.dovetail.jdbc.metadata;

import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.jdbc.JdbcSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link JdbcTable} written into the schema {@link JdbcCatalog#describe} returns, as entity and field
 * properties, and read back from the schema a split's request carries: so a planned read looks its table
 * up once, where it is planned, and each split (on its own connection, perhaps on a Spark executor) reads
 * without a metadata call, with the very columns the plan was made from.
 *
 * <ul>
 *   <li>entity: {@code jdbc.source} ({@code table} or {@code query}); for a table also {@code jdbc.catalog},
 *       {@code jdbc.schema} (each when the database reports one), {@code jdbc.table}, {@code jdbc.tableType};</li>
 *   <li>field: {@code jdbc.dataType} (the {@link java.sql.Types} code), {@code jdbc.typeName},
 *       {@code jdbc.precision}, {@code jdbc.scale}, {@code jdbc.nullable}, {@code jdbc.generated}.</li>
 * </ul>
 * A schema without them (built by hand, or by another connector) reads back as empty, and the catalog looks
 * the table up as before.
 */
final class DescribedTable {
    private static final String SOURCE = "jdbc.source";
    private static final String TABLE_SOURCE = "table";
    private static final String QUERY_SOURCE = "query";
    private static final String CATALOG = "jdbc.catalog";
    private static final String SCHEMA = "jdbc.schema";
    private static final String TABLE = "jdbc.table";
    private static final String TABLE_TYPE = "jdbc.tableType";
    private static final String DATA_TYPE = "jdbc.dataType";
    private static final String TYPE_NAME = "jdbc.typeName";
    private static final String PRECISION = "jdbc.precision";
    private static final String SCALE = "jdbc.scale";
    private static final String NULLABLE = "jdbc.nullable";
    private static final String GENERATED = "jdbc.generated";

    private DescribedTable() {
    }

    /** {@code entity} with the properties of a table read from {@code name}. */
    static Entity.Builder table(Entity.Builder entity, TableName name) {
        entity.property(SOURCE, TABLE_SOURCE).property(TABLE, name.table()).property(TABLE_TYPE, name.type());
        name.catalog().ifPresent(catalog -> entity.property(CATALOG, catalog));
        name.schema().ifPresent(schema -> entity.property(SCHEMA, schema));
        return entity;
    }

    /** {@code entity} with the properties of option {@code query}'s entity. */
    static Entity.Builder query(Entity.Builder entity) {
        return entity.property(SOURCE, QUERY_SOURCE);
    }

    /** {@code field} with the properties of {@code column}. */
    static Field.Builder column(Field.Builder field, JdbcColumn column) {
        return field.property(DATA_TYPE, Integer.toString(column.jdbcType()))
                .property(TYPE_NAME, column.typeName())
                .property(PRECISION, Integer.toString(column.precision()))
                .property(SCALE, Integer.toString(column.scale()))
                .property(NULLABLE, Boolean.toString(column.nullable()))
                .property(GENERATED, Boolean.toString(column.generated()));
    }

    /**
     * The table {@code described} was described from, if it carries every property above and agrees with
     * {@code settings} (a query entity needs option {@code query}, a table entity its absence).
     */
    static Optional<JdbcTable> of(EntitySchema described, JdbcSettings settings) {
        Map<String, String> entity = described.entity().properties();
        String source = entity.get(SOURCE);
        Optional<JdbcTable.Source> from;
        if (TABLE_SOURCE.equals(source) && settings.query().isEmpty()) {
            from = tableName(described.name(), entity).map(JdbcTable.Table::new);
        } else if (QUERY_SOURCE.equals(source)) {
            from = settings.query().map(JdbcTable.Query::ofOption);
        } else {
            from = Optional.empty();
        }
        if (from.isEmpty()) {
            return Optional.empty();
        }
        List<JdbcColumn> columns = new ArrayList<>(described.size());
        for (Field field : described.fields()) {
            Optional<JdbcColumn> column = column(field);
            if (column.isEmpty()) {
                return Optional.empty();
            }
            columns.add(column.get());
        }
        return Optional.of(new JdbcTable(described, columns, from.get()));
    }

    private static Optional<TableName> tableName(String entityName, Map<String, String> entity) {
        String table = entity.get(TABLE);
        String type = entity.get(TABLE_TYPE);
        if (table == null || type == null) {
            return Optional.empty();
        }
        return Optional.of(new TableName(entityName, Optional.ofNullable(entity.get(CATALOG)),
                Optional.ofNullable(entity.get(SCHEMA)), table, type));
    }

    private static Optional<JdbcColumn> column(Field field) {
        Map<String, String> properties = field.properties();
        String typeName = properties.get(TYPE_NAME);
        Optional<Integer> dataType = integer(properties.get(DATA_TYPE));
        Optional<Integer> precision = integer(properties.get(PRECISION));
        Optional<Integer> scale = integer(properties.get(SCALE));
        String nullable = properties.get(NULLABLE);
        String generated = properties.get(GENERATED);
        if (typeName == null || dataType.isEmpty() || precision.isEmpty() || scale.isEmpty() || nullable == null
                || generated == null) {
            return Optional.empty();
        }
        return Optional.of(new JdbcColumn(field.name(), dataType.get(), typeName, precision.get(), scale.get(),
                Boolean.parseBoolean(nullable), Boolean.parseBoolean(generated)));
    }

    private static Optional<Integer> integer(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
