package dev.dovetail.appflow;

import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.runtime.WritePlanner;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.write.RecordResult;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteResult;
import dev.dovetail.appflow.wire.WriteDataRequest;
import dev.dovetail.appflow.wire.WriteDataResponse;
import dev.dovetail.appflow.wire.WriteRecordResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code WriteData}: decodes the records ({@link RecordDecoder}), checks the batch with the runtime's
 * {@link WritePlanner} and hands the records that decoded to the connector's write operation; the response
 * has one result per record, in order. With {@code allOrNone}, a record that does not decode fails the whole
 * batch before anything is written. When any record failed, {@code isSuccess} is false and
 * {@code errorDetails} says {@code PartialWriteFailure}.
 */
final class WriteDataHandler {
    private final AppFlowHost host;

    WriteDataHandler(AppFlowHost host) {
        this.host = host;
    }

    WriteDataResponse handle(WriteDataRequest request) {
        WriteOperationType operation = request.operation()
                .map(type -> WriteOperationType.valueOf(type.name()))
                .orElseThrow(() -> Errors.invalid("WriteDataRequest has no 'operation'; give INSERT, UPDATE, UPSERT or DELETE"));
        List<String> records = request.records().orElse(List.of());
        boolean allOrNone = request.allOrNone().orElse(false);
        try (RuntimeSession session = host.open(request.connectorContext())) {
            EntitySchema schema = session.describeEntity(request.entityIdentifier());
            if (records.isEmpty()) {
                return new WriteDataResponse(true, Optional.empty(), List.of());
            }
            RecordDecoder.Batch batch = RecordDecoder.decode(host.json(), schema, records,
                    operation == WriteOperationType.DELETE);
            List<Optional<String>> errors = new ArrayList<>(batch.errors());
            if (allOrNone && !batch.allDecoded()) {
                String first = errors.stream().flatMap(Optional::stream).findFirst().orElseThrow();
                for (int r = 0; r < errors.size(); r++) {
                    if (errors.get(r).isEmpty()) {
                        errors.set(r, Optional.of("not written: the batch is all-or-none and " + first));
                    }
                }
                return response(errors, List.of());
            }
            List<Row> rows = batch.rows().stream().flatMap(Optional::stream).toList();
            if (batch.columns().isEmpty() || rows.isEmpty()) {
                return response(errors.stream().map(error -> error.or(() -> Optional.of("the record has no fields"))).toList(),
                        List.of());
            }
            WriteResult result = session.write(WritePlanner.prepare(host.name(), host.descriptor().writeCapabilities(),
                    schema, operation, Optional.of(batch.columns()), request.idFieldNames().filter(ids -> !ids.isEmpty()),
                    rows, allOrNone));
            return response(errors, result.records());
        }
    }

    /** One result per record: the decode error, or else the connector's next result. */
    private static WriteDataResponse response(List<Optional<String>> errors, List<RecordResult> written) {
        List<WriteRecordResult> results = new ArrayList<>(errors.size());
        int next = 0;
        long failed = 0;
        for (Optional<String> error : errors) {
            if (error.isPresent()) {
                results.add(WriteRecordResult.failed(Optional.empty(), error.get()));
                failed++;
            } else {
                RecordResult result = written.get(next++);
                results.add(result.success() ? WriteRecordResult.written(result.id())
                        : WriteRecordResult.failed(result.id(), result.error().orElse("not written")));
                failed += result.success() ? 0 : 1;
            }
        }
        if (failed == 0) {
            return new WriteDataResponse(true, Optional.empty(), results);
        }
        return new WriteDataResponse(false, Optional.of(Errors.of(ErrorCode.PARTIAL_WRITE_FAILURE, failed + " of "
                + errors.size() + " records were not written; writeRecordResults says why for each")), results);
    }
}
