package dev.dovetail.appflow;

import dev.dovetail.api.predicate.LiteralCoercion;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.runtime.ReadQuery;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.appflow.wire.RetrieveDataRequest;
import dev.dovetail.appflow.wire.RetrieveDataResponse;

import java.util.List;
import java.util.Optional;

/**
 * {@code RetrieveData}: the records whose {@code idFieldName} (by default the entity's single-column primary
 * key) is one of {@code ids}, read as {@code idField IN (ids)} with each id converted to the field's type. The
 * answer has no pages, so records beyond the 6 MB response limit are an error asking for fewer ids.
 */
final class RetrieveDataHandler {
    private final AppFlowHost host;

    RetrieveDataHandler(AppFlowHost host) {
        this.host = host;
    }

    RetrieveDataResponse handle(RetrieveDataRequest request) {
        List<String> ids = request.ids().filter(list -> !list.isEmpty()).orElseThrow(() -> Errors.invalid(
                "RetrieveDataRequest has no 'ids'; give the ids of the records to retrieve"));
        try (RuntimeSession session = host.open(request.connectorContext())) {
            EntitySchema schema = session.describeEntity(request.entityIdentifier());
            Field idField = idField(schema, request.idFieldName());
            List<Object> values = ids.stream().map(id -> LiteralCoercion.coerce(id, idField)).toList();
            ReadQuery.Builder query = ReadQuery.builder(request.entityIdentifier()).where(Predicate.in(idField.name(), values));
            request.selectedFieldNames().filter(fields -> !fields.isEmpty()).ifPresent(query::columns);
            RecordPage page = RecordPage.ofRecords(Long.MAX_VALUE, host.clock(), Optional.empty());
            PageReader.End end = PageReader.read(host, session, query.build(), schema, page, 0, 0);
            if (end.more()) {
                throw Errors.invalid("the records of the " + ids.size() + " ids are more than the 6 MB an AppFlow"
                        + " response carries (the first " + page.size() + " fit); retrieve fewer ids at once");
            }
            return new RetrieveDataResponse(true, Optional.empty(), page.records());
        }
    }

    private static Field idField(EntitySchema schema, Optional<String> name) {
        if (name.isPresent()) {
            return schema.requireField(name.get());
        }
        List<Field> key = schema.primaryKey();
        if (key.size() != 1) {
            throw Errors.invalid("RetrieveDataRequest has no 'idFieldName' and entity '" + schema.name() + "' has "
                    + (key.isEmpty() ? "no primary key" : "a primary key of " + key.size() + " columns")
                    + "; name the id field");
        }
        return key.get(0);
    }
}
