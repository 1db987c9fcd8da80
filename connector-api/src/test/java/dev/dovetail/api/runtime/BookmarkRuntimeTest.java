package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.FileBookmarkStore;
import dev.dovetail.api.bookmark.InMemoryBookmarkStore;
import dev.dovetail.api.bookmark.JobBookmark;
import dev.dovetail.api.bookmark.SortOrder;
import dev.dovetail.api.partition.PartitioningSpec;
import dev.dovetail.api.option.Redactor;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.predicate.PredicateOperator;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.spi.ConnectorSession;
import dev.dovetail.api.spi.ReadCapabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.dovetail.api.runtime.Reads.D0;
import static dev.dovetail.api.runtime.Reads.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Job bookmarks through the whole read runtime, whatever the connector pushes. */
class BookmarkRuntimeTest {
    private static final BookmarkKey KEY = new BookmarkKey("nightly", "people");
    private static final JobBookmark BY_TIME_AND_ID = new JobBookmark(KEY, BookmarkSpec.ascending("updated_at", "id"));
    private static final Clock LATER = Reads.clockAt(T0.plus(365, ChronoUnit.DAYS));

    static Stream<ReadCapabilities> capabilities() {
        return Stream.of(
                ReadCapabilities.none(),
                MemoryConnector.EVERYTHING,
                new ReadCapabilities(true, false, EnumSet.of(PredicateOperator.GREATER_THAN, PredicateOperator.EQUAL)),
                new ReadCapabilities(false, false, EnumSet.of(PredicateOperator.GREATER_THAN, PredicateOperator.LESS_THAN,
                        PredicateOperator.EQUAL, PredicateOperator.OR, PredicateOperator.HASH_BUCKET)));
    }

    private static Long id(Row row) {
        return (Long) row.get(0);
    }

    private static Reads.Result run(MemoryConnector connector, JobBookmark bookmark, InMemoryBookmarkStore store,
                                    PartitioningSpec partitioning) {
        return Reads.read(connector, ReadQuery.builder("people").bookmark(bookmark).partitioning(partitioning).build(),
                store, LATER);
    }

    /** Runs and commits, as a job does once every split succeeded. */
    private static Reads.Result runAndCommit(MemoryConnector connector, JobBookmark bookmark, InMemoryBookmarkStore store,
                                             PartitioningSpec partitioning) {
        Reads.Result result = run(connector, bookmark, store, partitioning);
        result.nextBookmark().ifPresent(state -> store.save(bookmark.key(), state));
        return result;
    }

    @ParameterizedTest
    @MethodSource("capabilities")
    void aSecondRunReadsOnlyRowsPastTheCommittedTupleLosingNoneAtTheBoundary(ReadCapabilities capabilities) {
        MemoryConnector connector = Reads.people().capabilities(capabilities);
        InMemoryBookmarkStore store = new InMemoryBookmarkStore();
        PartitioningSpec partitioning = new PartitioningSpec.ColumnRange("id", "0", "40", 3);

        Reads.Result first = runAndCommit(connector, BY_TIME_AND_ID, store, partitioning);

        assertThat(first.rows()).containsExactlyInAnyOrderElementsOf(connector.rows());
        // The greatest (updated_at, id) with no NULL: 9 o'clock is shared by ids 9, 19 and 29.
        assertThat(first.nextBookmark()).hasValue(new BookmarkState(List.of("updated_at", "id"), SortOrder.ASC,
                List.of(T0.plus(9, ChronoUnit.HOURS), 29L)));
        assertThat(store.load(KEY)).isEqualTo(first.nextBookmark());

        Instant nine = T0.plus(9, ChronoUnit.HOURS);
        connector.insert(25L, "same time, smaller id", nine, null, null)       // not past (9h, 29)
                .insert(39L, "same time, larger id", nine, null, null)          // past: equal first key, larger id
                .insert(40L, "later", nine.plusNanos(1000), null, null)         // past
                .insert(41L, "earlier", T0, null, null)                          // not past
                .insert(null, "no id", nine.plusSeconds(1), null, null)          // past: later time
                .insert(42L, "no time", null, null, null);                       // never past (NULL)

        Reads.Result second = runAndCommit(connector, BY_TIME_AND_ID, store, partitioning);

        assertThat(second.rows()).extracting(row -> (String) row.get(1))
                .containsExactlyInAnyOrder("same time, larger id", "later", "no id");
        // The row with a NULL id is returned (its time is past the bookmark) but cannot position the bookmark.
        assertThat(second.nextBookmark()).hasValue(new BookmarkState(List.of("updated_at", "id"), SortOrder.ASC,
                List.of(nine.plusNanos(1000), 40L)));

        Reads.Result third = runAndCommit(connector, BY_TIME_AND_ID, store, partitioning);
        assertThat(third.rows()).extracting(row -> (String) row.get(1)).containsExactly("no id");
        assertThat(third.nextBookmark()).isEqualTo(store.load(KEY)).hasValue(second.nextBookmark().orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("capabilities")
    void theBookmarkReachesTheConnectorAsAPredicateAndAsTheCommittedState(ReadCapabilities capabilities) {
        MemoryConnector connector = Reads.people().capabilities(capabilities);
        InMemoryBookmarkStore store = new InMemoryBookmarkStore();
        BookmarkState committed = new BookmarkState(List.of("updated_at", "id"), SortOrder.ASC,
                List.of(T0.plus(8, ChronoUnit.HOURS), 18L));
        store.save(KEY, committed);

        Reads.Result result = run(connector, BY_TIME_AND_ID, store, PartitioningSpec.single());

        assertThat(connector.requests).singleElement().extracting(ReadRequest::bookmark).isEqualTo(Optional.of(committed));
        SplitPlan split = result.plan().splits().get(0);
        assertThat(Predicate.and(split.pushed(), split.residual()).conjuncts()).contains(committed.rowsAfter());
        assertThat(result.rows()).extracting(BookmarkRuntimeTest::id).containsExactlyInAnyOrder(28L, 9L, 19L, 29L);
        assertThat(result.plan().committed()).hasValue(committed);
    }

    @Test
    void anEmptyRunKeepsTheCommittedBookmark() {
        MemoryConnector connector = Reads.people().capabilities(MemoryConnector.EVERYTHING);
        InMemoryBookmarkStore store = new InMemoryBookmarkStore();
        BookmarkState committed = runAndCommit(connector, BY_TIME_AND_ID, store, PartitioningSpec.single())
                .nextBookmark().orElseThrow();

        Reads.Result empty = runAndCommit(connector, BY_TIME_AND_ID, store, new PartitioningSpec.Hash("id", false, 4));

        assertThat(empty.rows()).isEmpty();
        assertThat(empty.outcomes()).allSatisfy(outcome -> assertThat(outcome.bookmarkKey()).isEmpty());
        assertThat(empty.nextBookmark()).hasValue(committed);
        assertThat(store.load(KEY)).hasValue(committed);
    }

    @ParameterizedTest
    @MethodSource("capabilities")
    void aFutureBookmarkReadsNothingAndIsKept(ReadCapabilities capabilities) {
        MemoryConnector connector = Reads.people().capabilities(capabilities);
        InMemoryBookmarkStore store = new InMemoryBookmarkStore();
        BookmarkState future = new BookmarkState(List.of("updated_at", "id"), SortOrder.ASC,
                List.of(Instant.parse("2999-01-01T00:00:00Z"), 0L));
        store.save(KEY, future);

        Reads.Result result = runAndCommit(connector, BY_TIME_AND_ID, store, new PartitioningSpec.ColumnRange("id", "0", "32", 2));

        assertThat(result.rows()).isEmpty();
        assertThat(result.nextBookmark()).hasValue(future);
        assertThat(store.load(KEY)).hasValue(future);
    }

    @Test
    void theFirstRunWithoutAnyKeyedRowCommitsNothing() {
        MemoryConnector connector = new MemoryConnector().insert(null, "a", null, null, null);
        Reads.Result result = run(connector, BY_TIME_AND_ID, new InMemoryBookmarkStore(), PartitioningSpec.single());
        assertThat(result.rows()).hasSize(1);
        assertThat(result.nextBookmark()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("capabilities")
    void descendingBookmarksReadSmallerKeys(ReadCapabilities capabilities) {
        MemoryConnector connector = Reads.people().capabilities(capabilities);
        InMemoryBookmarkStore store = new InMemoryBookmarkStore();
        JobBookmark descending = new JobBookmark(KEY, BookmarkSpec.descending("id"));

        Reads.Result first = runAndCommit(connector, descending, store, new PartitioningSpec.Hash("name", false, 3));
        assertThat(first.rows()).hasSize(connector.rows().size());
        assertThat(first.nextBookmark()).hasValue(new BookmarkState(List.of("id"), SortOrder.DESC, List.of(1L)));

        connector.insert(0L, "zero", null, null, null).insert(-5L, "minus five", null, null, null)
                .insert(7L, "seven again", null, null, null);
        Reads.Result second = runAndCommit(connector, descending, store, new PartitioningSpec.Hash("name", false, 3));

        assertThat(second.rows()).extracting(BookmarkRuntimeTest::id).containsExactlyInAnyOrder(0L, -5L);
        assertThat(store.load(KEY)).hasValue(new BookmarkState(List.of("id"), SortOrder.DESC, List.of(-5L)));
    }

    @Test
    void rowsWithANullKeyDoNotMoveTheBookmark() {
        MemoryConnector connector = new MemoryConnector().capabilities(MemoryConnector.EVERYTHING)
                .insert(1L, "a", T0, null, null)
                .insert(null, "b", T0.plusSeconds(3600), null, null)
                .insert(2L, null, null, null, null);

        Reads.Result result = run(connector, BY_TIME_AND_ID, new InMemoryBookmarkStore(), PartitioningSpec.single());

        assertThat(result.rows()).hasSize(3);
        assertThat(result.nextBookmark()).hasValue(new BookmarkState(List.of("updated_at", "id"), SortOrder.ASC, List.of(T0, 1L)));
    }

    @Test
    void aBookmarkCommittedUnderOtherKeysIsRejected() {
        MemoryConnector connector = Reads.people().capabilities(MemoryConnector.EVERYTHING);
        InMemoryBookmarkStore store = new InMemoryBookmarkStore();
        store.save(KEY, new BookmarkState(List.of("id"), SortOrder.ASC, List.of(10L)));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> run(connector, BY_TIME_AND_ID, store, PartitioningSpec.single()));

        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.getMessage()).contains("job 'nightly' source 'people'").contains("[id] ASC")
                .contains("[updated_at, id] ASC").contains("reset the bookmark");
        assertThat(connector.requests).isEmpty();
        assertThatThrownBy(() -> run(connector, new JobBookmark(KEY, BookmarkSpec.descending("id")), store, PartitioningSpec.single()))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("[id] DESC");
    }

    @Test
    void bookmarkKeysMustBeOrderedColumnsOfTheEntity() {
        MemoryConnector connector = Reads.people();
        assertThatThrownBy(() -> run(connector, new JobBookmark(KEY, BookmarkSpec.ascending("modified")),
                new InMemoryBookmarkStore(), PartitioningSpec.single()))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("has no column 'modified'");

        EntitySchema flags = EntitySchema.builder("people")
                .field("flag", DataType.BOOLEAN).build();
        try (RuntimeSession session = new RuntimeSession("flags", new FixedSchemaSession(flags), Redactor.parametersOnly())) {
            assertThatThrownBy(() -> ReadPlanner.plan(session, ReadCapabilities.none(), ReadQuery.builder("people")
                    .bookmark(new JobBookmark(KEY, BookmarkSpec.ascending("flag"))).build(), new InMemoryBookmarkStore(), LATER))
                    .isInstanceOf(ConnectorException.class)
                    .hasMessage("bookmark key 'flag' of entity 'people' is BOOLEAN, which has no order;"
                            + " use numeric, string, DATE or TIMESTAMP columns");
        }
    }

    @Test
    void theLagWindowExcludesRecentRowsUntilTheyAreOldEnough() {
        MemoryConnector connector = Reads.people().capabilities(MemoryConnector.EVERYTHING);
        InMemoryBookmarkStore store = new InMemoryBookmarkStore();
        JobBookmark lagged = new JobBookmark(KEY, BookmarkSpec.ascending("updated_at", "id").withLagWindow(Duration.ofHours(2)));
        Clock at7 = Reads.clockAt(T0.plus(7, ChronoUnit.HOURS));

        Reads.Result first = Reads.read(connector, ReadQuery.builder("people").bookmark(lagged).build(), store, at7);
        first.nextBookmark().ifPresent(state -> store.save(KEY, state));

        // Only keys older than 07:00 - 2h = 05:00 are read: hours 0..4.
        assertThat(first.rows()).allSatisfy(row -> assertThat((Instant) row.get(2)).isBefore(T0.plus(5, ChronoUnit.HOURS)));
        assertThat(first.rows()).extracting(BookmarkRuntimeTest::id).contains(4L, 14L, 24L, 10L, 20L, 30L, null)
                .doesNotContain(5L, 9L, 31L, 32L);
        assertThat(store.load(KEY)).hasValue(new BookmarkState(List.of("updated_at", "id"), SortOrder.ASC,
                List.of(T0.plus(4, ChronoUnit.HOURS), 24L)));

        Clock at10 = Reads.clockAt(T0.plus(10, ChronoUnit.HOURS));
        Reads.Result second = Reads.read(connector, ReadQuery.builder("people").bookmark(lagged).build(), store, at10);
        assertThat(second.rows()).extracting(BookmarkRuntimeTest::id)
                .containsExactlyInAnyOrder(5L, 15L, 25L, 6L, 16L, 26L, 7L, 17L, 27L);
    }

    @Test
    void aLagWindowOnADateKeyCutsAtTheDay() {
        MemoryConnector connector = Reads.people().capabilities(ReadCapabilities.none());
        JobBookmark lagged = new JobBookmark(KEY, BookmarkSpec.ascending("day").withLagWindow(Duration.ofDays(1)));
        Reads.Result result = Reads.read(connector, ReadQuery.builder("people").bookmark(lagged).build(),
                new InMemoryBookmarkStore(), Reads.clockAt(D0.plusDays(4).atTime(12, 0).toInstant(ZoneOffset.UTC)));
        // Now 2024-01-05 12:00, minus a day: days before 2024-01-04.
        assertThat(result.rows()).extracting(row -> (LocalDate) row.get(4))
                .containsExactlyInAnyOrder(D0, D0.plusDays(1), D0.plusDays(2));
    }

    @Test
    void aLagWindowNeedsATimeKey() {
        MemoryConnector connector = Reads.people();
        assertThatThrownBy(() -> Reads.read(connector, ReadQuery.builder("people").bookmark(
                new JobBookmark(KEY, BookmarkSpec.ascending("id").withLagWindow(Duration.ofHours(1)))).build(),
                new InMemoryBookmarkStore(), LATER))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("option 'jobBookmarkLagWindow' needs the first bookmark key to be a DATE or TIMESTAMP column;"
                        + " 'id' is LONG");
    }

    @Test
    void aLimitCannotBeCombinedWithABookmark() {
        assertThatThrownBy(() -> ReadQuery.builder("people").bookmark(BY_TIME_AND_ID).limit(10).build())
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("a limit cannot be combined with a job bookmark");
    }

    @Test
    void theBookmarkIsTheBestOverAllSplits() {
        MemoryConnector connector = Reads.people().capabilities(ReadCapabilities.none());
        Reads.Result result = run(connector, new JobBookmark(KEY, BookmarkSpec.ascending("name")), new InMemoryBookmarkStore(),
                new PartitioningSpec.ColumnRange("id", "0", "32", 8));
        assertThat(result.outcomes()).hasSize(8);
        assertThat(result.outcomes().stream().filter(outcome -> outcome.bookmarkKey().isPresent()).count()).isGreaterThan(1);
        assertThat(result.nextBookmark()).hasValue(new BookmarkState(List.of("name"), SortOrder.ASC, List.of("Zed32")));
    }

    @Test
    void aFailedRunCommitsNothingSoTheNextRunReadsAgain(@TempDir Path directory) {
        MemoryConnector connector = Reads.people().capabilities(MemoryConnector.EVERYTHING);
        FileBookmarkStore store = new FileBookmarkStore(directory);
        ReadQuery query = ReadQuery.builder("people").bookmark(BY_TIME_AND_ID)
                .partitioning(new PartitioningSpec.ColumnRange("id", "0", "32", 2)).build();

        connector.failReadsWith(request -> request.split().index() == 1 ? new IllegalStateException("disk full") : null);
        assertThatThrownBy(() -> Reads.read(connector, query, store, LATER)).isInstanceOf(ConnectorException.class);
        assertThat(store.load(KEY)).isEmpty();

        connector.failReadsWith(request -> null);
        Reads.Result retry = Reads.read(connector, query, store, LATER);
        assertThat(retry.rows()).hasSize(connector.rows().size());
        store.save(KEY, retry.nextBookmark().orElseThrow());
        assertThat(new FileBookmarkStore(directory).load(KEY)).isEqualTo(retry.nextBookmark());
        assertThat(Reads.read(connector, query, new FileBookmarkStore(directory), LATER).rows()).isEmpty();
    }

    /** A session that describes one fixed schema and reads nothing. */
    private record FixedSchemaSession(EntitySchema schema) implements ConnectorSession {
        @Override
        public List<Entity> listEntities() {
            return List.of(schema.entity());
        }

        @Override
        public EntitySchema describeEntity(String entity) {
            return schema;
        }

        @Override
        public void read(ReadRequest request, RowSink sink) {
        }

        @Override
        public void close() {
        }
    }
}
