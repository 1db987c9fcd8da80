package dev.dovetail.jdbc.write;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.jdbc.dialect.Dialect;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The one SQL statement a write request runs per record, and how a record fills its parameters: the
 * statement comes from the {@link Dialect} (every identifier quoted, the table possibly
 * schema-qualified), each parameter is bound from a fixed column of the record by a binder chosen once
 * for the column's type. Also formats a record's id for its {@link dev.dovetail.api.write.RecordResult}.
 *
 * <ul>
 *   <li>INSERT and UPSERT: every column, in order;</li>
 *   <li>UPDATE: {@code SET} the columns that are not ids, {@code WHERE} the ids; a request carrying only
 *       its ids is rejected, since it would change nothing;</li>
 *   <li>DELETE: {@code WHERE} the ids; other columns are ignored.</li>
 * </ul>
 */
final class StatementPlan {
    private final WriteOperationType operation;
    private final EntitySchema columns;
    private final String table;
    private final String sql;
    private final int[] parameterColumns;
    private final ParameterBinder[] binders;
    private final int[] idColumns;
    private final Optional<String> generatedKey;

    private StatementPlan(WriteOperationType operation, EntitySchema columns, String table, String sql,
                          int[] parameterColumns, ParameterBinder[] binders, int[] idColumns,
                          Optional<String> generatedKey) {
        this.operation = operation;
        this.columns = columns;
        this.table = table;
        this.sql = sql;
        this.parameterColumns = parameterColumns;
        this.binders = binders;
        this.idColumns = idColumns;
        this.generatedKey = generatedKey;
    }

    /**
     * The plan of {@code request} in {@code dialect}.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} for an id field that is not among the
     *     columns (INSERT excepted: its ids are then not reported), an UPDATE with nothing to set, or a
     *     column of a type a table cannot hold
     */
    static StatementPlan of(Dialect dialect, WriteRequest request) {
        requireNonNull(dialect, "dialect is null");
        requireNonNull(request, "request is null");
        EntitySchema columns = request.columns();
        String table = request.entity().name();
        List<String> tableParts = Dialect.splitQualified(table);
        List<String> names = columns.fieldNames();
        WriteOperationType operation = request.operation();

        List<Integer> ids = new ArrayList<>();
        Optional<String> generatedKey = Optional.empty();
        for (String idField : request.idFields()) {
            int index = columns.indexOf(idField).orElse(-1);
            if (index < 0) {
                if (operation == WriteOperationType.INSERT) {
                    ids.clear();
                    if (request.idFields().size() == 1) {
                        generatedKey = Optional.of(request.entity().findField(idField).map(Field::name).orElse(idField));
                    }
                    break;
                }
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "id field '" + idField + "' of " + operation
                        + " on table '" + table + "' is not among the written columns " + names);
            }
            ids.add(index);
        }
        List<String> idNames = ids.stream().map(names::get).toList();
        List<Integer> others = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            if (!ids.contains(c)) {
                others.add(c);
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            all.add(c);
        }

        String sql;
        List<Integer> parameters;
        switch (operation) {
            case INSERT -> {
                sql = dialect.insertSql(tableParts, names);
                parameters = all;
            }
            case UPSERT -> {
                sql = dialect.upsertSql(tableParts, names, idNames);
                parameters = all;
            }
            case UPDATE -> {
                if (others.isEmpty()) {
                    throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "UPDATE of table '" + table
                            + "' carries only its id fields " + idNames + ", so it would change nothing;"
                            + " add the columns to change");
                }
                sql = dialect.updateSql(tableParts, others.stream().map(names::get).toList(), idNames);
                parameters = new ArrayList<>(others);
                parameters.addAll(ids);
            }
            case DELETE -> {
                sql = dialect.deleteSql(tableParts, idNames);
                parameters = ids;
            }
            default -> throw new IllegalStateException("unknown operation " + operation);
        }
        int[] parameterColumns = parameters.stream().mapToInt(Integer::intValue).toArray();
        ParameterBinder[] binders = new ParameterBinder[parameterColumns.length];
        for (int p = 0; p < parameterColumns.length; p++) {
            Field field = columns.field(parameterColumns[p]);
            binders[p] = ParameterBinder.forType(field.type(), dialect, field.name(), table);
        }
        return new StatementPlan(operation, columns, table, sql, parameterColumns, binders,
                ids.stream().mapToInt(Integer::intValue).toArray(), generatedKey);
    }

    /**
     * The column whose generated values an INSERT reports as the records' ids: its one id field, when the
     * written columns leave it out.
     */
    Optional<String> generatedKey() {
        return generatedKey;
    }

    /** The operation planned. */
    WriteOperationType operation() {
        return operation;
    }

    /** The table written, as the request named it. */
    String table() {
        return table;
    }

    /** The statement, with one {@code ?} per parameter. */
    String sql() {
        return sql;
    }

    /**
     * Binds the values of {@code record}, number {@code index} of its batch, to {@code statement}'s
     * parameters.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} naming the record and column when a
     *     value is not the canonical Java type of its column's type (a request not checked by the runtime)
     */
    void bind(PreparedStatement statement, Row record, int index) throws SQLException {
        int p = 0;
        try {
            for (; p < parameterColumns.length; p++) {
                binders[p].bind(statement, p + 1, record.get(parameterColumns[p]));
            }
        } catch (ClassCastException e) {
            Field field = columns.field(parameterColumns[p]);
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "record " + index + " has a "
                    + record.get(parameterColumns[p]).getClass().getSimpleName() + " in column '" + field.name()
                    + "' of type " + field.type().typeName() + "; see DataType.Kind for the Java type of each type", e);
        }
    }

    /** Whether a record's id is known from its own values (false for an INSERT without its id fields). */
    boolean hasIds() {
        return idColumns.length > 0;
    }

    /**
     * {@code record}'s id: the value of its one id field, or {@code [a, b]} for several; dates and
     * timestamps in ISO-8601, binary as {@code 0x...} hex. Only meaningful when {@link #hasIds()}.
     */
    String idOf(Row record) {
        if (idColumns.length == 1) {
            return format(record.get(idColumns[0]));
        }
        StringBuilder id = new StringBuilder("[");
        for (int i = 0; i < idColumns.length; i++) {
            id.append(i == 0 ? "" : ", ").append(format(record.get(idColumns[i])));
        }
        return id.append(']').toString();
    }

    /**
     * {@code message} (a driver's, about {@code record}) with the text of every value of the record that
     * is not an id replaced by {@code <value of column c>}: some drivers quote the offending value (H2's
     * "value too long"), and a message names ids, never other values. Values whose text is shorter than
     * four characters are left alone, since such text also occurs inside ordinary words and numbers.
     */
    String withoutValues(String message, Row record) {
        String result = message;
        for (int c = 0; c < record.size(); c++) {
            Object value = record.get(c);
            if (value == null || isId(c)) {
                continue;
            }
            String text = format(value);
            if (text.length() >= 4) {
                result = result.replace(text, "<value of column " + columns.field(c).name() + ">");
            }
        }
        return result;
    }

    private boolean isId(int column) {
        for (int id : idColumns) {
            if (id == column) {
                return true;
            }
        }
        return false;
    }

    private static String format(Object value) {
        return value instanceof byte[] bytes ? "0x" + HexFormat.of().formatHex(bytes) : String.valueOf(value);
    }
}
