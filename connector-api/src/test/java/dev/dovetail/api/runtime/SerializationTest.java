package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.InMemorySecretResolver;
import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.InMemoryBookmarkStore;
import dev.dovetail.api.bookmark.JobBookmark;
import dev.dovetail.api.bookmark.SortOrder;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.partition.PartitioningSpec;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.predicate.PredicateOperator;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import dev.dovetail.api.spi.ReadCapabilities;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.dovetail.api.TestSupport.roundTrip;
import static dev.dovetail.api.runtime.Reads.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** What travels to Spark executors survives Java serialization unchanged. */
class SerializationTest {

    @Test
    void fieldsEntitiesAndNestedSchemas() {
        Field described = Field.builder("id", DataType.LONG).primaryKey(true).description("the id").incremental(true).build();
        Field plain = Field.of("note", DataType.STRING);
        Entity full = Entity.builder("orders").label("Orders").description("all of them").writable(true).build();
        Entity bare = Entity.of("bare");
        EntitySchema nested = EntitySchema.builder(full)
                .field(described)
                .field("price", DataType.decimal(12, 2))
                .field("tags", DataType.list(DataType.STRING))
                .field("attributes", DataType.map(DataType.STRING, DataType.list(DataType.TIMESTAMP)))
                .field(Field.builder("address", DataType.struct(List.of(
                        Field.builder("street", DataType.STRING).description("street and number").build(),
                        Field.of("geo", DataType.struct(List.of(Field.of("lat", DataType.DOUBLE), Field.of("lon", DataType.DOUBLE)))))))
                        .nullable(false).build())
                .build();

        assertThat(roundTrip(described)).isEqualTo(described);
        assertThat(roundTrip(described).description()).hasValue("the id");
        assertThat(roundTrip(plain)).isEqualTo(plain);
        assertThat(roundTrip(plain).description()).isEmpty();
        assertThat(roundTrip(full)).isEqualTo(full);
        assertThat(roundTrip(bare)).isEqualTo(bare);
        assertThat(roundTrip(nested)).isEqualTo(nested);
        assertThat(roundTrip(nested).requireField("address").type().typeName())
                .isEqualTo("STRUCT<street:STRING,geo:STRUCT<lat:DOUBLE,lon:DOUBLE>>");
        assertThat(roundTrip(DataType.INT)).isSameAs(DataType.INT);

        Field withProperties = Field.builder("id", DataType.INT).property("jdbc.typeName", "int4").build();
        Entity entityWithProperties = Entity.builder("orders").property("jdbc.table", "orders").build();
        assertThat(roundTrip(withProperties)).isEqualTo(withProperties);
        assertThat(roundTrip(withProperties).properties()).containsExactly(Map.entry("jdbc.typeName", "int4"));
        assertThat(roundTrip(entityWithProperties)).isEqualTo(entityWithProperties);
        assertThat(roundTrip(entityWithProperties).properties()).containsExactly(Map.entry("jdbc.table", "orders"));
    }

    @Test
    void predicateTrees() {
        Predicate tree = Predicate.and(
                Predicate.or(Predicate.eq("s", "x"), Predicate.isNull("s"), Predicate.not(Predicate.startsWith("s", "y"))),
                Predicate.in("n", 1, 2, 3),
                Predicate.between("d", LocalDate.of(2024, 1, 1), "2024-12-31"),
                Predicate.gt("t", Instant.parse("2024-01-01T00:00:00.000001Z")),
                Predicate.le("m", new BigDecimal("12.50")),
                Predicate.ne("f", 1.5),
                Predicate.eq("b", true),
                Predicate.isNotNull("z"),
                Predicate.contains("s", "q"),
                Predicate.endsWith("s", "e"),
                Predicate.HashBucket.ofColumn("n", 8, 3),
                Predicate.HashBucket.ofExpression("MOD(n, 4)", 4, 0),
                Predicate.nativeCondition("n % 2 = 0"));

        Predicate copy = roundTrip(tree);

        assertThat(copy).isEqualTo(tree).hasSameHashCodeAs(tree);
        assertThat(copy.toString()).isEqualTo(tree.toString());
        assertThat(roundTrip(Predicate.alwaysTrue())).isSameAs(Predicate.alwaysTrue());
        assertThat(roundTrip(Predicate.alwaysFalse()).isAlwaysFalse()).isTrue();
    }

    @Test
    void splitsOptionsOutcomesRowsAndBookmarks() {
        Split split = Split.of(2, 5, Predicate.and(Predicate.ge("id", 10L), Predicate.lt("id", 20L)))
                .withProperties(Map.of("shard", "s-3", "page", "7"));
        assertThat(roundTrip(split)).isEqualTo(split);
        assertThat(roundTrip(Split.whole())).isEqualTo(Split.whole());

        ConnectionOptions options = ConnectionOptions.of("dbTable", "orders", "password", "hunter2", "PIN", "1234")
                .markSecret(List.of("pin"));
        ConnectionOptions options2 = roundTrip(options);
        assertThat(options2).isEqualTo(options);
        assertThat(options2.get("DBTABLE")).hasValue("orders");
        assertThat(options2.isSecret("pin")).isTrue();
        assertThat(options2.toString()).doesNotContain("1234").doesNotContain("hunter2");

        SplitOutcome outcome = new SplitOutcome(Optional.of(List.of(Instant.parse("2024-01-01T10:00:00Z"), 5L)));
        assertThat(roundTrip(outcome)).isEqualTo(outcome);
        assertThat(roundTrip(new SplitOutcome(Optional.empty()))).isEqualTo(new SplitOutcome(Optional.empty()));

        Row row = Row.of(1L, "a", null, new byte[] {1, 2}, LocalDate.EPOCH, Instant.EPOCH, new BigDecimal("1.50"),
                List.of("x", "y"), Map.of("k", 1L), 2.5f);
        assertThat(roundTrip(row)).isEqualTo(row).hasSameHashCodeAs(row);
        assertThat(roundTrip(row).toString()).isEqualTo(row.toString());

        BookmarkState state = new BookmarkState(List.of("updated_at", "id"), SortOrder.DESC, List.of(Instant.EPOCH, 3L));
        assertThat(roundTrip(state)).isEqualTo(state);
    }

    @Test
    void connectorExceptionsKeepCodeRetryAdviceAndSplit() {
        Split split = Split.of(1, 2, Predicate.ge("id", 5L));
        ConnectorException failure = new ConnectorException(ErrorCode.RATE_LIMIT_EXCEEDED, "slow down", null, Duration.ofSeconds(7))
                .inSplit(split, "orders");

        ConnectorException copy = roundTrip(failure);

        assertThat(copy.code()).isEqualTo(ErrorCode.RATE_LIMIT_EXCEEDED);
        assertThat(copy.retryable()).isTrue();
        assertThat(copy.retryAfter()).hasValue(Duration.ofSeconds(7));
        assertThat(copy.split()).hasValue(split);
        assertThat(copy.getMessage()).isEqualTo("split #1 of 2 (id >= 5) of entity 'orders' failed: slow down");
    }

    @Test
    void splitPlansFromThePlannerAreReadAfterTravelling() {
        MemoryConnector connector = Reads.people().capabilities(
                new ReadCapabilities(true, false, EnumSet.of(PredicateOperator.GREATER_THAN, PredicateOperator.EQUAL)));
        InMemoryBookmarkStore store = new InMemoryBookmarkStore();
        BookmarkKey key = new BookmarkKey("job", "people");
        store.save(key, new BookmarkState(List.of("day", "id"), SortOrder.ASC, List.of(Reads.D0.plusDays(10), 10L)));
        ConnectorRuntime runtime = new ConnectorRuntime(connector, new InMemorySecretResolver(), List.of());

        ReadPlan plan;
        try (RuntimeSession session = runtime.open(ConnectionOptions.empty())) {
            plan = ReadPlanner.plan(session, connector.readCapabilities(), ReadQuery.builder("people")
                    .columns(List.of("name"))
                    .where(Predicate.startsWith("name", "B"))
                    .partitioning(new PartitioningSpec.ColumnRange("id", "0", "30", 3))
                    .bookmark(new JobBookmark(key, BookmarkSpec.ascending("day", "id")))
                    .build(), store, Reads.clockAt(T0));
        }

        for (SplitPlan original : plan.splits()) {
            SplitPlan copy = roundTrip(original);
            assertThat(copy.split()).isEqualTo(original.split());
            assertThat(copy.request()).isEqualTo(original.request());
            assertThat(copy.residual()).isEqualTo(original.residual());
            assertThat(copy.pushed()).isEqualTo(original.pushed());
            assertThat(copy.readSchema()).isEqualTo(original.readSchema());
            assertThat(copy.output()).isEqualTo(original.output());
            assertThat(copy.limit()).isEqualTo(original.limit());
            assertThat(copy.outputIndex()).containsExactly(original.outputIndex());
            assertThat(copy.bookmarkKeyIndex()).containsExactly(original.bookmarkKeyIndex());
            assertThat(copy.bookmarkOrder()).isEqualTo(original.bookmarkOrder());
            assertThat(copy.isPassThrough()).isEqualTo(original.isPassThrough());
            assertThat(copy.toString()).isEqualTo(original.toString());
            assertThat(copy.request().bookmark()).isPresent();
        }

        // Read each split from its travelled copy and from the original: the same rows and bookmark keys.
        for (SplitPlan original : plan.splits()) {
            RowCollector fromOriginal = new RowCollector(plan.output());
            RowCollector fromCopy = new RowCollector(plan.output());
            try (RuntimeSession session = runtime.open(ConnectionOptions.empty())) {
                SplitOutcome a = SplitReader.read(session, original, fromOriginal);
                SplitOutcome b = SplitReader.read(session, roundTrip(original), fromCopy);
                assertThat(roundTrip(b)).isEqualTo(a);
            }
            assertThat(fromCopy.rows()).isEqualTo(fromOriginal.rows());
        }
    }
}
