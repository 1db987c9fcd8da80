package dev.dovetail.examples.csv;

import dev.dovetail.api.Connector;
import dev.dovetail.api.Credentials;
import dev.dovetail.api.Metadata;
import dev.dovetail.api.ReadOperation;
import dev.dovetail.api.Setting;
import dev.dovetail.api.Settings;
import dev.dovetail.api.WriteOperation;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;

import java.io.IOException;
import java.util.List;

import static dev.dovetail.api.predicate.PredicateOperator.*;
import static dev.dovetail.api.write.WriteOperationType.*;

/**
 * A directory of CSV files as a connector: each {@code <entity>.csv} is an entity whose header row
 * declares its columns ({@code id:LONG:key,name:STRING,amount:DECIMAL(10,2),updated_at:TIMESTAMP}).
 * It filters, projects and limits while it scans; it leaves string matching to the runtime; partitions
 * and bookmarks come from the standard planners. Writes rewrite the file atomically.
 */
@Connector(name = "csv", owner = "Dovetail", description = "CSV files in a directory, one entity per <name>.csv")
public final class CsvConnector {

    /** The connector's options. */
    @Settings
    public record CsvSettings(
            @Setting(required = true, label = "Directory", description = "The directory of <entity>.csv files")
            String directory,
            @Setting(defaultValue = ",", description = "The field separator, one character")
            String delimiter) {
    }

    @Credentials
    public CsvDirectory connect(CsvSettings settings) {
        return CsvDirectory.open(settings.directory(), settings.delimiter());
    }

    @Metadata
    public List<Entity> entities(CsvDirectory directory) throws IOException {
        return directory.entities();
    }

    @Metadata
    public EntitySchema describe(CsvDirectory directory, String entity) throws IOException {
        return directory.table(entity).schema();
    }

    @ReadOperation(projection = true, limit = true, filters = {EQUAL, NOT_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL,
            GREATER_THAN, GREATER_THAN_OR_EQUAL, IN, IS_NULL, IS_NOT_NULL, BETWEEN, OR, NOT, HASH_BUCKET})
    public void read(CsvDirectory directory, ReadRequest request, RowSink sink) throws IOException {
        directory.table(request.entityName()).read(request, sink);
    }

    @WriteOperation(value = {INSERT, UPDATE, UPSERT, DELETE}, allOrNone = true)
    public WriteResult write(CsvDirectory directory, WriteRequest request) throws IOException {
        return directory.table(request.entity().name()).write(request);
    }
}
