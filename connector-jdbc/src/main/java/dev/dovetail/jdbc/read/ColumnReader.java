package dev.dovetail.jdbc.read;

import dev.dovetail.api.read.RowSink;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Moves one column of the current row of a result set into a sink, with the getter and setter of the
 * column's types and NULL through {@code wasNull}. One is made per projected column before the first row
 * ({@link ColumnReaders}) for a column that needs converting ({@link RowReader} reads the others): no per-row
 * lookups, maps or boxing.
 */
@FunctionalInterface
interface ColumnReader {
    void read(ResultSet row, RowSink sink) throws SQLException;
}
