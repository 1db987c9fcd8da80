package dev.dovetail.examples.csv;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Field;

import java.nio.file.Path;

/**
 * One header cell: {@code name:TYPE}, or {@code name:TYPE:key} for a primary-key column. Key columns are
 * NOT NULL; DATE and TIMESTAMP columns can drive incremental reads.
 */
final class CsvHeader {
    private CsvHeader() {
    }

    /**
     * Parses cell {@code column} (counted from 1) of the header on line {@code line} of {@code file}.
     *
     * @throws ConnectorException naming the file, line, column and cell if the cell is not {@code name:TYPE[:key]}
     */
    static Field parse(String cell, Path file, long line, int column) {
        String where = "file " + file + " line " + line + ", column " + column + ": header cell '" + cell + "'";
        String[] parts = cell.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()
                || (parts.length == 3 && !parts[2].trim().equalsIgnoreCase("key"))) {
            throw new ConnectorException(ErrorCode.SERVER_ERROR, where
                    + " must be name:TYPE or name:TYPE:key, e.g. id:LONG:key");
        }
        DataType type;
        try {
            type = DataType.parse(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(ErrorCode.SERVER_ERROR, where + ": " + e.getMessage(), e);
        }
        DataType.Kind kind = type.kind();
        return Field.builder(parts[0].trim(), type)
                .primaryKey(parts.length == 3)
                .incremental(kind == DataType.Kind.TIMESTAMP || kind == DataType.Kind.DATE)
                .build();
    }
}
