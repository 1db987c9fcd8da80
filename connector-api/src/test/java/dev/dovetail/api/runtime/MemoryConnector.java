package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.AuthenticationSpec;
import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.api.option.SettingDefinition;
import dev.dovetail.api.option.SettingValues;
import dev.dovetail.api.partition.PartitionRequest;
import dev.dovetail.api.partition.StandardPlanner;
import dev.dovetail.api.predicate.CompiledPredicate;
import dev.dovetail.api.predicate.PredicateEvaluator;
import dev.dovetail.api.predicate.PredicateOperator;
import dev.dovetail.api.predicate.Pushdown;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.spi.ConnectorDescriptor;
import dev.dovetail.api.spi.ConnectorInfo;
import dev.dovetail.api.spi.ConnectorSession;
import dev.dovetail.api.spi.ReadCapabilities;
import dev.dovetail.api.spi.WriteCapabilities;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A connector for the runtime's tests, written directly against the SPI: one entity of rows held in
 * memory, whose read does exactly what its {@link ReadCapabilities} declare (it applies the pushed
 * predicate with {@link PredicateEvaluator}, writes only the projection and stops at the limit when it
 * declares those) and checks that the runtime never asks it for more than it declared.
 */
final class MemoryConnector implements ConnectorDescriptor {
    static final EntitySchema PEOPLE = EntitySchema.builder(Entity.builder("people").writable(true).build())
            .field("id", DataType.LONG)
            .field("name", DataType.STRING)
            .field("updated_at", DataType.TIMESTAMP)
            .field("score", DataType.DOUBLE)
            .field("day", DataType.DATE)
            .build();

    /** Every predicate form the evaluator can apply (all but native conditions). */
    static final Set<PredicateOperator> EVALUABLE = EnumSet.complementOf(EnumSet.of(PredicateOperator.NATIVE));
    static final ReadCapabilities EVERYTHING = new ReadCapabilities(true, true, EVALUABLE);

    private final List<Row> rows = new CopyOnWriteArrayList<>();
    private volatile ReadCapabilities capabilities = ReadCapabilities.none();
    private volatile List<SettingDefinition> settings = List.of();
    private volatile AuthenticationSpec authentication = AuthenticationSpec.none();
    private volatile Function<PartitionRequest, List<Split>> planner = StandardPlanner::plan;
    private volatile Function<ReadRequest, Exception> readFailure = request -> null;
    private volatile Function<WriteRequest, WriteResult> writer = request -> WriteResult.allSucceeded(request.records().size());
    private volatile Exception openFailure;
    private volatile Exception closeFailure;

    final List<ReadRequest> requests = Collections.synchronizedList(new ArrayList<>());
    final List<RowSink> sinks = Collections.synchronizedList(new ArrayList<>());
    final List<SettingValues> openedWith = Collections.synchronizedList(new ArrayList<>());
    final List<ResolvedCredentials> credentials = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger closed = new AtomicInteger();

    MemoryConnector capabilities(ReadCapabilities newCapabilities) {
        this.capabilities = newCapabilities;
        return this;
    }

    MemoryConnector settings(List<SettingDefinition> newSettings) {
        this.settings = newSettings;
        return this;
    }

    MemoryConnector authentication(AuthenticationSpec spec) {
        this.authentication = spec;
        return this;
    }

    MemoryConnector planner(Function<PartitionRequest, List<Split>> newPlanner) {
        this.planner = newPlanner;
        return this;
    }

    MemoryConnector failReadsWith(Function<ReadRequest, Exception> failure) {
        this.readFailure = failure;
        return this;
    }

    MemoryConnector writer(Function<WriteRequest, WriteResult> newWriter) {
        this.writer = newWriter;
        return this;
    }

    MemoryConnector failOpenWith(Exception failure) {
        this.openFailure = failure;
        return this;
    }

    MemoryConnector failCloseWith(Exception failure) {
        this.closeFailure = failure;
        return this;
    }

    /** Adds a row of people: id, name, updated_at, score, day (any may be null). */
    MemoryConnector insert(Long id, String name, Instant updatedAt, Double score, LocalDate day) {
        rows.add(Row.of(id, name, updatedAt, score, day));
        return this;
    }

    MemoryConnector insert(Row row) {
        rows.add(row);
        return this;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    @Override
    public ConnectorInfo info() {
        return new ConnectorInfo("memory", "1.0", "tests", Optional.of("rows in memory"), MemoryConnector.class.getName());
    }

    @Override
    public List<SettingDefinition> settings() {
        return settings;
    }

    @Override
    public AuthenticationSpec authentication() {
        return authentication;
    }

    @Override
    public ReadCapabilities readCapabilities() {
        return capabilities;
    }

    @Override
    public WriteCapabilities writeCapabilities() {
        return new WriteCapabilities(EnumSet.of(WriteOperationType.INSERT, WriteOperationType.UPSERT), false);
    }

    @Override
    public boolean plansOwnSplits() {
        return false;
    }

    @Override
    public ConnectorSession open(SettingValues settingValues, ResolvedCredentials given) throws Exception {
        if (openFailure != null) {
            throw openFailure;
        }
        openedWith.add(settingValues);
        credentials.add(given);
        return new Session();
    }

    private final class Session implements ConnectorSession {
        @Override
        public List<Entity> listEntities() {
            return List.of(PEOPLE.entity());
        }

        @Override
        public EntitySchema describeEntity(String entity) {
            if (!entity.equalsIgnoreCase(PEOPLE.name())) {
                throw new ConnectorException(ErrorCode.RESOURCE_NOT_FOUND, "no entity '" + entity + "'");
            }
            return PEOPLE;
        }

        @Override
        public List<Split> planSplits(PartitionRequest request) {
            return planner.apply(request);
        }

        @Override
        public void read(ReadRequest request, RowSink sink) throws Exception {
            requests.add(request);
            sinks.add(sink);
            Exception failure = readFailure.apply(request);
            if (failure != null) {
                throw failure;
            }
            ReadCapabilities declared = capabilities;
            EntitySchema entity = request.entity();
            if (!declared.projection() && !request.projection().equals(entity)) {
                throw new AssertionError("asked for projection " + request.projection() + " without declaring it");
            }
            if (!declared.limit() && request.limit().isPresent()) {
                throw new AssertionError("asked for limit " + request.limit() + " without declaring it");
            }
            if (!Pushdown.isPushable(request.predicate(), declared.filters(), entity)) {
                throw new AssertionError("asked to apply " + request.predicate() + " beyond " + declared.filters());
            }
            CompiledPredicate filter = PredicateEvaluator.compile(request.predicate(), entity);
            EntitySchema out = declared.projection() ? request.projection() : entity;
            long limit = declared.limit() ? request.limit().orElse(Long.MAX_VALUE) : Long.MAX_VALUE;
            long written = 0;
            for (Row row : rows) {
                if (written >= limit) {
                    return;
                }
                if (!filter.test(row)) {
                    continue;
                }
                for (int c = 0; c < out.size(); c++) {
                    Field field = out.field(c);
                    writeValue(sink, c, field.type().kind(), row.get(entity.requireIndex(field.name())));
                }
                written++;
                if (!sink.endRow()) {
                    return;
                }
            }
        }

        @Override
        public WriteResult write(WriteRequest request) {
            return writer.apply(request);
        }

        @Override
        public void close() throws Exception {
            closed.incrementAndGet();
            if (closeFailure != null) {
                throw closeFailure;
            }
        }
    }

    /** Writes {@code value} with the setter of {@code kind}, as a generated read operation would. */
    static void writeValue(RowSink sink, int column, DataType.Kind kind, Object value) {
        if (value == null) {
            sink.setNull(column);
            return;
        }
        switch (kind) {
            case BOOLEAN -> sink.setBoolean(column, (Boolean) value);
            case BYTE -> sink.setByte(column, (Byte) value);
            case SHORT -> sink.setShort(column, (Short) value);
            case INT -> sink.setInt(column, (Integer) value);
            case LONG -> sink.setLong(column, (Long) value);
            case FLOAT -> sink.setFloat(column, (Float) value);
            case DOUBLE -> sink.setDouble(column, (Double) value);
            case DECIMAL -> sink.setDecimal(column, (BigDecimal) value);
            case STRING -> sink.setString(column, (String) value);
            case BINARY -> sink.setBinary(column, (byte[]) value);
            case DATE -> sink.setDate(column, (LocalDate) value);
            case TIMESTAMP -> sink.setTimestamp(column, (Instant) value);
            case STRUCT -> sink.setStruct(column, (List<?>) value);
            case LIST -> sink.setList(column, (List<?>) value);
            case MAP -> sink.setMap(column, (Map<?, ?>) value);
        }
    }
}
