package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.InMemorySecretResolver;
import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.bookmark.InMemoryBookmarkStore;
import dev.dovetail.api.bookmark.JobBookmark;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.partition.PartitioningSpec;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.predicate.PredicateOperator;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.spi.ReadCapabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dev.dovetail.api.runtime.Reads.D0;
import static dev.dovetail.api.runtime.Reads.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The read runtime end to end: {@link ReadPlanner}, {@link SplitReader} and the sinks they chain. */
class ReadRuntimeTest {
    private static final int ID = 0;
    private static final int NAME = 1;
    private static final int UPDATED_AT = 2;
    private static final int SCORE = 3;
    private static final int DAY = 4;

    /** A filter and the same filter written in Java, true only for non-NULL values that satisfy it. */
    record Filter(String label, Predicate predicate, java.util.function.Predicate<Row> expected) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static Long id(Row row) {
        return (Long) row.get(ID);
    }

    private static String name(Row row) {
        return (String) row.get(NAME);
    }

    private static final List<Filter> FILTERS = List.of(
            new Filter("all", Predicate.alwaysTrue(), row -> true),
            new Filter("id > 10", Predicate.gt("id", 10), row -> id(row) != null && id(row) > 10),
            new Filter("range and prefix", Predicate.and(
                    Predicate.ge("id", 5), Predicate.lt("id", 25),
                    Predicate.startsWith("name", "Bea")),
                    row -> id(row) != null && id(row) >= 5 && id(row) < 25 && name(row) != null && name(row).startsWith("Bea")),
            new Filter("or with null test", Predicate.or(
                    Predicate.eq("name", "Ada5"), Predicate.isNull("updated_at"),
                    Predicate.gt("score", 40.0)),
                    row -> "Ada5".equals(name(row)) || row.get(UPDATED_AT) == null
                            || (row.get(SCORE) != null && (Double) row.get(SCORE) > 40.0)),
            new Filter("not in", Predicate.not(Predicate.in("id", 1, 2, 3)),
                    row -> id(row) != null && !(id(row) >= 1 && id(row) <= 3)),
            new Filter("between times and not null", Predicate.and(
                    Predicate.between("updated_at", T0.plus(2, ChronoUnit.HOURS), T0.plus(5, ChronoUnit.HOURS)),
                    Predicate.isNotNull("name")),
                    row -> row.get(UPDATED_AT) != null && name(row) != null
                            && !((Instant) row.get(UPDATED_AT)).isBefore(T0.plus(2, ChronoUnit.HOURS))
                            && !((Instant) row.get(UPDATED_AT)).isAfter(T0.plus(5, ChronoUnit.HOURS))),
            new Filter("contains or nested and", Predicate.or(
                    Predicate.contains("name", "a1"),
                    Predicate.and(Predicate.endsWith("name", "9"),
                            Predicate.le("day", "2024-01-15"))),
                    row -> name(row) != null && (name(row).contains("a1")
                            || (name(row).endsWith("9") && row.get(DAY) != null && !((LocalDate) row.get(DAY)).isAfter(D0.plusDays(14))))),
            new Filter("not equal", Predicate.ne("id", 7), row -> id(row) != null && id(row) != 7));

    private static final List<ReadCapabilities> CAPABILITIES = List.of(
            ReadCapabilities.none(),
            MemoryConnector.EVERYTHING,
            new ReadCapabilities(false, true, PredicateOperator.COMPARISONS),
            new ReadCapabilities(true, false, EnumSet.of(PredicateOperator.GREATER_THAN, PredicateOperator.LESS_THAN,
                    PredicateOperator.GREATER_THAN_OR_EQUAL, PredicateOperator.IS_NULL, PredicateOperator.STARTS_WITH,
                    PredicateOperator.OR)),
            new ReadCapabilities(true, true, EnumSet.of(PredicateOperator.HASH_BUCKET, PredicateOperator.NOT,
                    PredicateOperator.IN, PredicateOperator.BETWEEN, PredicateOperator.IS_NOT_NULL)));

    private static final List<PartitioningSpec> PARTITIONINGS = List.of(
            PartitioningSpec.single(),
            new PartitioningSpec.SplitCount(4),
            new PartitioningSpec.ColumnRange("id", "0", "32", 1),
            new PartitioningSpec.ColumnRange("id", "0", "32", 2),
            new PartitioningSpec.ColumnRange("id", "0", "32", 8),
            new PartitioningSpec.ColumnRange("updated_at", "2024-01-01", "2024-01-01 09:00:00", 3),
            new PartitioningSpec.ColumnRange("day", "2024-01-05", "2024-01-20", 8),
            new PartitioningSpec.Hash("name", false, 2),
            new PartitioningSpec.Hash("id", false, 8),
            new PartitioningSpec.Predicates(List.of(Predicate.lt("id", 10),
                    Predicate.ge("id", 10), Predicate.isNull("id"))));

    static Stream<Arguments> filtersAndCapabilities() {
        List<Arguments> arguments = new ArrayList<>();
        for (Filter filter : FILTERS) {
            for (ReadCapabilities capabilities : CAPABILITIES) {
                arguments.add(Arguments.of(filter, capabilities));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("filtersAndCapabilities")
    void theSameRowsWhateverTheConnectorPushesAndHoweverTheReadIsSplit(Filter filter, ReadCapabilities capabilities) {
        MemoryConnector connector = Reads.people().capabilities(capabilities);
        List<Row> expected = connector.rows().stream().filter(filter.expected()).toList();
        assertThat(expected).as("the filter selects something").isNotEmpty();

        for (PartitioningSpec partitioning : PARTITIONINGS) {
            Reads.Result result = Reads.read(connector,
                    ReadQuery.builder("people").where(filter.predicate()).partitioning(partitioning).build());
            assertThat(result.rows()).as("%s split by %s", filter, partitioning)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void everySplitPlanSendsTheConnectorOnlyWhatItDeclaredAndKeepsTheRest() {
        MemoryConnector connector = Reads.people().capabilities(
                new ReadCapabilities(false, false, EnumSet.of(PredicateOperator.GREATER_THAN, PredicateOperator.LESS_THAN,
                        PredicateOperator.GREATER_THAN_OR_EQUAL, PredicateOperator.OR, PredicateOperator.IS_NULL)));
        Predicate pushable = Predicate.gt("score", 3.0);
        Predicate kept = Predicate.contains("name", "a");

        Reads.Result result = Reads.read(connector, ReadQuery.builder("people").where(pushable).where(kept)
                .partitioning(new PartitioningSpec.ColumnRange("id", "0", "30", 3)).build());

        assertThat(result.plan().splits()).hasSize(3);
        for (SplitPlan split : result.plan().splits()) {
            assertThat(split.pushed().conjuncts()).contains(pushable).doesNotContain(kept);
            assertThat(split.residual()).isEqualTo(kept);
            assertThat(split.request().predicate()).isEqualTo(split.pushed());
            assertThat(split.pushed().conjuncts()).containsAll(split.split().predicate().conjuncts());
        }
        assertThat(connector.requests).extracting(ReadRequest::predicate)
                .allSatisfy(predicate -> assertThat(predicate.columns()).doesNotContain("name"));
        assertThat(result.rows()).allSatisfy(row -> assertThat(name(row)).contains("a"))
                .allSatisfy(row -> assertThat((Double) row.get(SCORE)).isGreaterThan(3.0));
    }

    @Test
    void theResidualIsAppliedWhenTheConnectorPushesNothing() {
        MemoryConnector connector = Reads.people().capabilities(ReadCapabilities.none());

        Reads.Result result = Reads.read(connector, ReadQuery.builder("people")
                .where(Predicate.eq("name", "Cal2")).build());

        assertThat(connector.requests).singleElement().satisfies(request -> {
            assertThat(request.predicate().isAlwaysTrue()).isTrue();
            assertThat(request.projection()).isEqualTo(MemoryConnector.PEOPLE);
            assertThat(request.limit()).isEmpty();
        });
        assertThat(result.rows()).extracting(row -> name(row)).containsExactly("Cal2");
    }

    @Test
    void aPushingConnectorIsAskedForOutputResidualAndBookmarkColumnsAndTheCallerGetsTheOutputInOrder() {
        MemoryConnector connector = Reads.people().capabilities(
                new ReadCapabilities(true, false, EnumSet.of(PredicateOperator.EQUAL, PredicateOperator.GREATER_THAN)));

        Reads.Result result = Reads.read(connector, ReadQuery.builder("people")
                .columns(List.of("NAME", "id", "name"))
                .where(Predicate.ge("score", 30.0))
                .build());

        assertThat(result.plan().output().fieldNames()).containsExactly("name", "id");
        assertThat(connector.requests).singleElement()
                .extracting(request -> request.projection().fieldNames())
                .isEqualTo(List.of("name", "id", "score"));
        assertThat(result.rows()).allSatisfy(row -> assertThat(row.size()).isEqualTo(2));
        assertThat(result.rows()).containsExactlyInAnyOrderElementsOf(connector.rows().stream()
                .filter(row -> row.get(SCORE) != null && (Double) row.get(SCORE) >= 30.0)
                .map(row -> Row.of(row.get(NAME), row.get(ID)))
                .toList());

        connector.requests.clear();
        Reads.Result bookmarked = Reads.read(connector, ReadQuery.builder("people")
                .columns(List.of("name"))
                .where(Predicate.ge("score", 30.0))
                .bookmark(new JobBookmark(new BookmarkKey("j", "s"),
                        BookmarkSpec.ascending("day", "id")))
                .build());
        assertThat(connector.requests).singleElement()
                .extracting(request -> request.projection().fieldNames())
                .isEqualTo(List.of("name", "score", "day", "id"));
        assertThat(bookmarked.rows()).allSatisfy(row -> assertThat(row.size()).isEqualTo(1));
        assertThat(bookmarked.nextBookmark()).map(state -> state.values())
                .hasValue(List.of(D0.plusDays(30), 30L));
    }

    @Test
    void aConnectorWithoutProjectionWritesTheWholeEntityAndTheCallerStillGetsTheOutput() {
        MemoryConnector connector = Reads.people().capabilities(new ReadCapabilities(false, true, MemoryConnector.EVALUABLE));

        Reads.Result result = Reads.read(connector, ReadQuery.builder("people").columns(List.of("day", "id"))
                .where(Predicate.eq("id", 3)).build());

        assertThat(connector.requests).singleElement().extracting(ReadRequest::projection).isEqualTo(MemoryConnector.PEOPLE);
        assertThat(result.rows()).containsExactly(Row.of(D0.plusDays(3), 3L));
    }

    @Test
    void theLimitIsPushedOnlyWhenNothingIsLeftToFilter() {
        MemoryConnector everything = Reads.people().capabilities(MemoryConnector.EVERYTHING);
        Reads.Result pushed = Reads.read(everything, ReadQuery.builder("people")
                .where(Predicate.gt("id", 3)).limit(5).build());
        assertThat(everything.requests).singleElement().extracting(request -> request.limit().getAsLong()).isEqualTo(5L);
        assertThat(pushed.rows()).hasSize(5).allSatisfy(row -> assertThat(id(row)).isGreaterThan(3));

        MemoryConnector limitsOnly = Reads.people().capabilities(new ReadCapabilities(false, true, Set.of()));
        Reads.Result kept = Reads.read(limitsOnly, ReadQuery.builder("people")
                .where(Predicate.gt("id", 25)).limit(3).build());
        assertThat(limitsOnly.requests).singleElement().satisfies(request -> assertThat(request.limit()).isEmpty());
        assertThat(kept.rows()).extracting(row -> id(row)).containsExactly(26L, 27L, 28L);

        MemoryConnector unfiltered = Reads.people().capabilities(new ReadCapabilities(false, true, Set.of()));
        Reads.Result plain = Reads.read(unfiltered, ReadQuery.builder("people").limit(2).build());
        assertThat(unfiltered.requests).singleElement().extracting(request -> request.limit().getAsLong()).isEqualTo(2L);
        assertThat(plain.rows()).extracting(row -> id(row)).containsExactly(1L, 2L);
    }

    @Test
    void theLimitIsEnforcedPerSplitWhenTheConnectorDoesNotPushIt() {
        MemoryConnector connector = Reads.people().capabilities(ReadCapabilities.none());

        Reads.Result result = Reads.read(connector, ReadQuery.builder("people")
                .where(Predicate.isNotNull("name"))
                .partitioning(new PartitioningSpec.ColumnRange("id", "0", "32", 4))
                .limit(3)
                .build());

        assertThat(result.plan().limit()).hasValue(3);
        assertThat(result.perSplit()).hasSize(4).allSatisfy(rows -> assertThat(rows).hasSizeLessThanOrEqualTo(3));
        assertThat(result.perSplit().get(1)).hasSize(3);
        assertThat(result.limitedRows()).hasSize(3).allSatisfy(row -> assertThat(name(row)).isNotNull());
        assertThat(connector.requests).allSatisfy(request -> assertThat(request.limit()).isEmpty());
    }

    @Test
    void aLimitOfZeroReturnsNothing() {
        for (ReadCapabilities capabilities : CAPABILITIES) {
            Reads.Result result = Reads.read(Reads.people().capabilities(capabilities), ReadQuery.builder("people").limit(0).build());
            assertThat(result.rows()).as("%s", capabilities).isEmpty();
        }
    }

    @Test
    void theCallerCanStopASplitEarly() {
        MemoryConnector connector = Reads.people().capabilities(ReadCapabilities.none());
        ConnectorRuntime runtime = new ConnectorRuntime(connector, new InMemorySecretResolver(), List.of());
        try (RuntimeSession session = runtime.open(ConnectionOptions.empty())) {
            ReadPlan plan = ReadPlanner.plan(session, connector.readCapabilities(), ReadQuery.builder("people")
                    .columns(List.of("id")).where(Predicate.gt("id", 10)).build(),
                    new InMemoryBookmarkStore(), Reads.clockAt(T0));
            RowCollector collector = new RowCollector(plan.output(), 2);
            SplitReader.read(session, plan.splits().get(0), collector);
            assertThat(collector.rows()).containsExactly(Row.of(11L), Row.of(12L));
        }
    }

    @Test
    void aPlanOverAHeldDescriptionReadsThatDescriptionWithoutDescribingAgain() {
        MemoryConnector connector = Reads.people().capabilities(MemoryConnector.EVERYTHING);
        ConnectorRuntime runtime = new ConnectorRuntime(connector, new InMemorySecretResolver(), List.of());
        try (RuntimeSession session = runtime.open(ConnectionOptions.empty())) {
            EntitySchema described = session.describeEntity("people");
            EntitySchema held = EntitySchema.of(Entity.builder("people").property("held", "yes").build(), described.fields());
            ReadQuery query = ReadQuery.builder("people").columns(List.of("id"))
                    .partitioning(new PartitioningSpec.ColumnRange("id", "0", "32", 2)).build();
            ReadPlan plan = ReadPlanner.plan(session, connector.readCapabilities(), query, held,
                    new InMemoryBookmarkStore(), Reads.clockAt(T0));

            assertThat(plan.splits()).hasSize(2).allSatisfy(split -> assertThat(split.request().entity()).isSameAs(held));
            assertThat(ReadPlanner.plan(session, connector.readCapabilities(), query, new InMemoryBookmarkStore(),
                    Reads.clockAt(T0)).splits().get(0).request().entity().entity().properties()).isEmpty();
        }
    }

    @Test
    void columnRangeAndHashPartitionsCoverEveryRowExactlyOnce() {
        MemoryConnector connector = Reads.people().capabilities(MemoryConnector.EVERYTHING);
        List<Row> all = connector.rows();
        for (int splits : new int[] {1, 2, 8}) {
            for (PartitioningSpec spec : List.of(
                    new PartitioningSpec.ColumnRange("id", "0", "32", splits),
                    new PartitioningSpec.ColumnRange("id", "100", "200", splits),
                    new PartitioningSpec.ColumnRange("score", "-5", "5", splits),
                    new PartitioningSpec.Hash("name", false, splits),
                    new PartitioningSpec.Hash("updated_at", false, splits))) {
                for (ReadCapabilities capabilities : List.of(MemoryConnector.EVERYTHING, ReadCapabilities.none())) {
                    connector.capabilities(capabilities);
                    Reads.Result result = Reads.read(connector, ReadQuery.builder("people").partitioning(spec).build());
                    assertThat(result.plan().splits()).as("%s", spec).hasSize(splits);
                    assertThat(result.rows()).as("%s with %s", spec, capabilities).containsExactlyInAnyOrderElementsOf(all);
                }
            }
        }
    }

    @Test
    void theNullRowsOfAColumnRangeAreInTheFirstSplit() {
        Reads.Result result = Reads.read(Reads.people().capabilities(MemoryConnector.EVERYTHING),
                ReadQuery.builder("people").partitioning(new PartitioningSpec.ColumnRange("id", "0", "32", 4)).build());
        assertThat(result.perSplit().get(0)).filteredOn(row -> id(row) == null).hasSize(2);
        assertThat(result.perSplit().get(0)).extracting(row -> id(row)).containsOnly(null, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void nothingLeftToDoLetsTheConnectorWriteIntoTheCallersSinkDirectly() {
        MemoryConnector connector = Reads.people().capabilities(MemoryConnector.EVERYTHING);
        ConnectorRuntime runtime = new ConnectorRuntime(connector, new InMemorySecretResolver(), List.of());
        try (RuntimeSession session = runtime.open(ConnectionOptions.empty())) {
            ReadPlan plan = ReadPlanner.plan(session, connector.readCapabilities(), ReadQuery.builder("people")
                    .where(Predicate.lt("id", 4))
                    .columns(MemoryConnector.PEOPLE.fieldNames())
                    .build(), new InMemoryBookmarkStore(), Reads.clockAt(T0));
            SplitPlan split = plan.splits().get(0);
            assertThat(split.isPassThrough()).isTrue();

            RowCollector collector = new RowCollector(plan.output());
            SplitOutcome outcome = SplitReader.read(session, split, collector);

            assertThat(connector.sinks).singleElement().isSameAs(collector);
            assertThat(outcome.bookmarkKey()).isEmpty();
            assertThat(collector.rows()).extracting(row -> id(row)).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void anythingLeftToDoPutsTheRuntimeBetweenConnectorAndCaller() {
        JobBookmark bookmark = new JobBookmark(
                new BookmarkKey("j", "s"), BookmarkSpec.ascending("id"));
        List<ReadCapabilities> capabilities = List.of(
                MemoryConnector.EVERYTHING,
                MemoryConnector.EVERYTHING,
                new ReadCapabilities(false, true, MemoryConnector.EVALUABLE),
                new ReadCapabilities(true, true, Set.of()));
        List<ReadQuery> queries = List.of(
                ReadQuery.builder("people").limit(3).build(),
                ReadQuery.builder("people").bookmark(bookmark).build(),
                ReadQuery.builder("people").columns(List.of("name", "id")).build(),
                ReadQuery.builder("people").where(Predicate.lt("id", 4)).build());
        MemoryConnector connector = Reads.people();
        ConnectorRuntime runtime = new ConnectorRuntime(connector, new InMemorySecretResolver(), List.of());
        for (int q = 0; q < queries.size(); q++) {
            connector.capabilities(capabilities.get(q));
            try (RuntimeSession session = runtime.open(ConnectionOptions.empty())) {
                ReadPlan plan = ReadPlanner.plan(session, connector.readCapabilities(), queries.get(q),
                        new InMemoryBookmarkStore(), Reads.clockAt(T0));
                assertThat(plan.splits().get(0).isPassThrough()).as("query %d", q).isFalse();
                RowCollector collector = new RowCollector(plan.output());
                SplitReader.read(session, plan.splits().get(0), collector);
                assertThat(connector.sinks.get(connector.sinks.size() - 1)).as("query %d", q).isNotSameAs(collector);
                assertThat(collector.rows()).as("query %d", q).isNotEmpty();
            }
        }
    }

    @Test
    void aPushedProjectionInOutputOrderIsStillPassThrough() {
        MemoryConnector connector = Reads.people().capabilities(MemoryConnector.EVERYTHING);
        ConnectorRuntime runtime = new ConnectorRuntime(connector, new InMemorySecretResolver(), List.of());
        try (RuntimeSession session = runtime.open(ConnectionOptions.empty())) {
            ReadPlan plan = ReadPlanner.plan(session, connector.readCapabilities(), ReadQuery.builder("people")
                    .columns(List.of("score", "id")).build(), new InMemoryBookmarkStore(), Reads.clockAt(T0));
            assertThat(plan.splits().get(0).isPassThrough()).isTrue();
            RowCollector collector = new RowCollector(plan.output());
            SplitReader.read(session, plan.splits().get(0), collector);
            assertThat(connector.sinks).singleElement().isSameAs(collector);
            assertThat(collector.rows().get(0)).isEqualTo(Row.of(1.5, 1L));
        }
    }

    @Test
    void aNativeConditionNeedsAConnectorThatPushesNativeConditions() {
        MemoryConnector connector = Reads.people().capabilities(MemoryConnector.EVERYTHING);
        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> Reads.read(connector,
                ReadQuery.builder("people").where(Predicate.gt("id", 1))
                        .where(Predicate.nativeCondition("score * 2 > 10")).build()));
        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.getMessage()).contains("(score * 2 > 10)").contains("connector 'memory'").contains("NATIVE");
        assertThat(connector.requests).as("nothing was read").isEmpty();

        ConnectorException hash = catchThrowableOfType(ConnectorException.class, () -> Reads.read(connector,
                ReadQuery.builder("people").partitioning(new PartitioningSpec.Hash("MOD(id, 3)", true, 3)).build()));
        assertThat(hash.getMessage()).contains("HASH(MOD(id, 3)) MOD 3 = 0").contains("native");
    }

    @Test
    void aConnectorPushingNativeConditionsReceivesThem() {
        EnumSet<PredicateOperator> withNative = EnumSet.copyOf(MemoryConnector.EVALUABLE);
        withNative.add(PredicateOperator.NATIVE);
        MemoryConnector connector = Reads.people().capabilities(new ReadCapabilities(true, true, withNative));
        ConnectorRuntime runtime = new ConnectorRuntime(connector, new InMemorySecretResolver(), List.of());
        try (RuntimeSession session = runtime.open(ConnectionOptions.empty())) {
            ReadPlan plan = ReadPlanner.plan(session, connector.readCapabilities(), ReadQuery.builder("people")
                    .where(Predicate.nativeCondition("score * 2 > 10"))
                    .partitioning(new PartitioningSpec.Hash("MOD(id, 3)", true, 3)).build(),
                    new InMemoryBookmarkStore(), Reads.clockAt(T0));
            assertThat(plan.splits()).hasSize(3);
            assertThat(plan.splits().get(1).request().predicate()).isEqualTo(Predicate.and(
                    Predicate.nativeCondition("score * 2 > 10"),
                    Predicate.HashBucket.ofExpression("MOD(id, 3)", 3, 1)));
            assertThat(plan.splits().get(1).residual().isAlwaysTrue()).isTrue();
        }
    }

    @Test
    void badColumnsAndValuesFailAtPlanningWhateverTheConnectorPushes() {
        for (ReadCapabilities capabilities : CAPABILITIES) {
            MemoryConnector connector = Reads.people().capabilities(capabilities);
            assertThat(catchThrowableOfType(ConnectorException.class, () -> Reads.read(connector,
                    ReadQuery.builder("people").where(Predicate.eq("nme", "x")).build())).getMessage())
                    .isEqualTo("entity 'people' has no column 'nme'; did you mean 'name'? (its columns: id, name, updated_at, score, day)");
            assertThat(catchThrowableOfType(ConnectorException.class, () -> Reads.read(connector,
                    ReadQuery.builder("people").where(Predicate.eq("day", "soon")).build())).getMessage())
                    .contains("column 'day' of type DATE");
            assertThat(catchThrowableOfType(ConnectorException.class, () -> Reads.read(connector,
                    ReadQuery.builder("people").columns(List.of("id", "nam")).build())).getMessage())
                    .contains("did you mean 'name'?");
            assertThat(connector.requests).isEmpty();
        }
        assertThat(catchThrowableOfType(ConnectorException.class, () -> Reads.read(Reads.people(),
                ReadQuery.builder("persons").build())).code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
    }

    @Test
    void explicitSplitsOfAConnectorsOwnPlannerAreRead() {
        MemoryConnector connector = Reads.people().capabilities(ReadCapabilities.none()).planner(request -> List.of(
                Split.of(0, 2, Predicate.le("id", 15)).withProperties(Map.of("page", "1")),
                Split.of(1, 2, Predicate.not(Predicate.le("id", 15)))
                        .withProperties(Map.of("page", "2"))));

        Reads.Result result = Reads.read(connector, ReadQuery.builder("people").build());

        assertThat(connector.requests).extracting(request -> request.split().properties().get("page")).containsExactly("1", "2");
        assertThat(result.perSplit().get(0)).hasSize(15);
        assertThat(result.perSplit().get(1)).as("ids 16 to 32").hasSize(17);
    }

    @Test
    void glueOptionsBecomeAQuery() {
        ConnectionOptions options = ConnectionOptions.of("hashfield", "name", "hashpartitions", "3",
                "jobBookmarkKeys", "updated_at,id", "jobName", "nightly");

        ReadQuery query = ReadQuery.fromOptions("people", options, "default-job").build();

        assertThat(query.partitioning()).isEqualTo(new PartitioningSpec.Hash("name", false, 3));
        assertThat(query.bookmark()).hasValueSatisfying(bookmark -> {
            assertThat(bookmark.key()).isEqualTo(new BookmarkKey("nightly", "people"));
            assertThat(bookmark.spec()).isEqualTo(BookmarkSpec.ascending("updated_at", "id"));
        });
        assertThat(query.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(query.columns()).isEmpty();
        assertThat(ReadQuery.fromOptions("people", ConnectionOptions.empty(), "j").build().partitioning())
                .isEqualTo(PartitioningSpec.single());
    }

    @Test
    void queriesRejectNegativeLimits() {
        assertThat(catchThrowableOfType(ConnectorException.class, () -> ReadQuery.builder("people").limit(-1).build())
                .getMessage()).isEqualTo("a limit must not be negative; got -1");
    }
}
