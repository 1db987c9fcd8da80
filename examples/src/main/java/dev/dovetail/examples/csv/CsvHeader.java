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

    static Field parse(String cell, Path file) {
        String[] parts = cell.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()
                || (parts.length == 3 && !parts[2].trim().equalsIgnoreCase("key"))) {
            throw new ConnectorException(ErrorCode.SERVER_ERROR, "header cell '" + cell + "' of file " + file
                    + " must be name:TYPE or name:TYPE:key, e.g. id:LONG:key");
        }
        DataType type;
        try {
            type = DataType.parse(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(ErrorCode.SERVER_ERROR, "header cell '" + cell + "' of file " + file + ": "
                    + e.getMessage(), e);
        }
        DataType.Kind kind = type.kind();
        return Field.builder(parts[0].trim(), type)
                .primaryKey(parts.length == 3)
                .incremental(kind == DataType.Kind.TIMESTAMP || kind == DataType.Kind.DATE)
                .build();
    }
}
