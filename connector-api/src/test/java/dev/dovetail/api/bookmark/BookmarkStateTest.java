package dev.dovetail.api.bookmark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.predicate.CompiledPredicate;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.predicate.PredicateEvaluator;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link BookmarkState}, {@link BookmarkSpec}, {@link JobBookmark}, {@link BookmarkKey} and {@link SortOrder}. */
class BookmarkStateTest {
    private static final EntitySchema EVENTS = EntitySchema.builder("events")
            .field("updated_at", DataType.TIMESTAMP)
            .field("id", DataType.LONG)
            .build();
    private static final Instant T1 = Instant.parse("2024-01-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2024-01-01T11:00:00Z");
    private static final Instant T3 = Instant.parse("2024-01-01T12:00:00Z");

    private static boolean after(BookmarkState state, Instant updatedAt, Long id) {
        CompiledPredicate predicate = PredicateEvaluator.compile(state.rowsAfter(), EVENTS);
        return predicate.test(Row.of(updatedAt, id));
    }

    @Test
    void ascendingCompositeKeysCompareAsATuple() {
        BookmarkState state = new BookmarkState(List.of("updated_at", "id"), SortOrder.ASC, List.of(T2, 5));

        assertThat(state.rowsAfter()).isEqualTo(Predicate.or(
                Predicate.gt("updated_at", T2),
                Predicate.and(Predicate.eq("updated_at", T2), Predicate.gt("id", 5L))));
        assertThat(after(state, T3, 1L)).as("later first key").isTrue();
        assertThat(after(state, T2, 6L)).as("equal first key, larger second key").isTrue();
        assertThat(after(state, T2, 5L)).as("the bookmark itself").isFalse();
        assertThat(after(state, T2, 4L)).as("equal first key, smaller second key").isFalse();
        assertThat(after(state, T1, 99L)).as("earlier first key").isFalse();
        assertThat(after(state, null, 99L)).as("NULL first key").isFalse();
        assertThat(after(state, T2, null)).as("NULL second key").isFalse();
        assertThat(after(state, T3, null)).as("later first key, NULL second key").isTrue();
    }

    @Test
    void descendingCompositeKeysReadSmallerTuples() {
        BookmarkState state = new BookmarkState(List.of("updated_at", "id"), SortOrder.DESC, List.of(T2, 5L));

        assertThat(state.rowsAfter()).isEqualTo(Predicate.or(
                Predicate.lt("updated_at", T2),
                Predicate.and(Predicate.eq("updated_at", T2), Predicate.lt("id", 5L))));
        assertThat(after(state, T1, 99L)).isTrue();
        assertThat(after(state, T2, 4L)).isTrue();
        assertThat(after(state, T2, 5L)).isFalse();
        assertThat(after(state, T2, 6L)).isFalse();
        assertThat(after(state, T3, 1L)).isFalse();
    }

    @Test
    void aSingleKeyIsOneComparison() {
        assertThat(new BookmarkState(List.of("id"), SortOrder.ASC, List.of(7)).rowsAfter()).isEqualTo(Predicate.gt("id", 7L));
        assertThat(new BookmarkState(List.of("a", "b", "c"), SortOrder.ASC, List.of(1, 2, 3)).rowsAfter()).hasToString(
                "a > 1 OR (a = 1 AND b > 2) OR (a = 1 AND b = 2 AND c > 3)");
    }

    @Test
    void valuesAreNormalisedAndMustMatchTheKeys() {
        BookmarkState state = new BookmarkState(List.of("id"), SortOrder.ASC, List.of(7));
        assertThat(state.values()).containsExactly(7L);
        assertThat(state).isEqualTo(new BookmarkState(List.of("id"), SortOrder.ASC, List.of(7L)));
        assertThat(state).hasToString("[id] ASC at [7]");
        assertThatThrownBy(() -> new BookmarkState(List.of("a", "b"), SortOrder.ASC, List.of(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one value per key");
        assertThatThrownBy(() -> new BookmarkState(List.of(), SortOrder.ASC, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookmarkState(List.of("a"), SortOrder.ASC, Arrays.asList((Object) null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requireCompatibleAcceptsTheSameKeysIgnoringCaseAndRejectsOthersSayingHowToReset() {
        BookmarkState state = new BookmarkState(List.of("updated_at", "id"), SortOrder.ASC, List.of(T2, 5L));
        BookmarkKey key = new BookmarkKey("nightly", "events");

        state.requireCompatible(BookmarkSpec.ascending("UPDATED_AT", "Id"), key);

        ConnectorException changedKeys = catchThrowableOfType(ConnectorException.class,
                () -> state.requireCompatible(BookmarkSpec.ascending("updated_at"), key));
        assertThat(changedKeys.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(changedKeys.getMessage()).isEqualTo("the bookmark of job 'nightly' source 'events' was committed with keys"
                + " [updated_at, id] ASC but this read asks for [updated_at] ASC;"
                + " restore the keys, or reset the bookmark (the next run then reads everything)");
        assertThatThrownBy(() -> state.requireCompatible(BookmarkSpec.descending("updated_at", "id"), key))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("[updated_at, id] DESC");
        assertThatThrownBy(() -> state.requireCompatible(BookmarkSpec.ascending("id", "updated_at"), key))
                .isInstanceOf(ConnectorException.class);
    }

    @Test
    void specFromGlueOptions() {
        assertThat(BookmarkSpec.fromOptions(ConnectionOptions.empty())).isEmpty();
        assertThat(BookmarkSpec.fromOptions(ConnectionOptions.of("jobBookmarkKeys", "updated_at, id")))
                .hasValue(BookmarkSpec.ascending("updated_at", "id"));
        assertThat(BookmarkSpec.fromOptions(ConnectionOptions.of("JOBBOOKMARKKEYS", "id", "jobBookmarkKeysSortOrder", " DESC ")))
                .hasValue(BookmarkSpec.descending("id"));
        assertThat(BookmarkSpec.fromOptions(ConnectionOptions.of("jobBookmarkKeys", "ts", "jobBookmarkLagWindow", "PT10M")))
                .hasValue(BookmarkSpec.ascending("ts").withLagWindow(Duration.ofMinutes(10)));
        assertThat(BookmarkSpec.fromOptions(ConnectionOptions.of("jobBookmarkKeys", "ts", "jobBookmarkLagWindow", "600")))
                .hasValue(new BookmarkSpec(List.of("ts"), SortOrder.ASC, Optional.of(Duration.ofMinutes(10))));
        assertThat(BookmarkSpec.ascending("ts").withLagWindow(Duration.ofMinutes(10))).hasToString("[ts] ASC lag PT10M");
    }

    @Test
    void sortOrderOrLagWithoutKeysIsAnError() {
        assertThatThrownBy(() -> BookmarkSpec.fromOptions(ConnectionOptions.of("jobBookmarkKeysSortOrder", "asc")))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("options 'jobBookmarkKeysSortOrder' and 'jobBookmarkLagWindow' need 'jobBookmarkKeys'"
                        + " (the bookmark's key columns)");
        assertThatThrownBy(() -> BookmarkSpec.fromOptions(ConnectionOptions.of("jobBookmarkLagWindow", "60", "jobBookmarkKeys", " , ")))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("need 'jobBookmarkKeys'");
    }

    @Test
    void aKeyNamedTwiceIsAnError() {
        assertThatThrownBy(() -> BookmarkSpec.fromOptions(ConnectionOptions.of("jobBookmarkKeys", "updated_at, id, ID")))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("option 'jobBookmarkKeys' names column 'ID' twice; give each key column once");
        assertThatThrownBy(() -> BookmarkSpec.ascending("id", "id")).isInstanceOf(ConnectorException.class);
    }

    @Test
    void lagWithDescendingOrderOrNegativeLagIsAnError() {
        assertThatThrownBy(() -> BookmarkSpec.fromOptions(ConnectionOptions.of(
                "jobBookmarkKeys", "ts", "jobBookmarkKeysSortOrder", "desc", "jobBookmarkLagWindow", "PT1H")))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("option 'jobBookmarkLagWindow' must be a positive duration and applies only to ascending bookmarks");
        assertThatThrownBy(() -> BookmarkSpec.ascending("ts").withLagWindow(Duration.ofSeconds(-1)))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining("positive duration");
    }

    @Test
    void badSortOrdersAndLagsNameTheOption() {
        assertThatThrownBy(() -> BookmarkSpec.fromOptions(ConnectionOptions.of("jobBookmarkKeys", "id", "jobBookmarkKeysSortOrder", "up")))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("option 'jobBookmarkKeysSortOrder' must be asc or desc but was 'up'");
        assertThatThrownBy(() -> BookmarkSpec.fromOptions(ConnectionOptions.of("jobBookmarkKeys", "id", "jobBookmarkLagWindow", "soon")))
                .isInstanceOf(ConnectorException.class)
                .hasMessageStartingWith("option 'jobBookmarkLagWindow' must be a duration");
        assertThatThrownBy(() -> new BookmarkSpec(List.of(), SortOrder.ASC, Optional.empty()))
                .isInstanceOf(ConnectorException.class)
                .hasMessage("a job bookmark needs at least one key column");
        assertThat(SortOrder.parse("Asc")).isEqualTo(SortOrder.ASC);
    }

    @Test
    void jobBookmarkFromOptionsUsesJobAndContextOrTheDefaults() {
        assertThat(JobBookmark.fromOptions(ConnectionOptions.of("dbTable", "t"), "job", "t")).isEmpty();
        assertThat(JobBookmark.fromOptions(ConnectionOptions.of("jobBookmarkKeys", "id"), "default-job", "orders"))
                .hasValue(new JobBookmark(new BookmarkKey("default-job", "orders"), BookmarkSpec.ascending("id")));
        assertThat(JobBookmark.fromOptions(ConnectionOptions.of("jobBookmarkKeys", "id", "jobName", "nightly",
                "transformationContext", "src1"), "default-job", "orders"))
                .hasValue(new JobBookmark(new BookmarkKey("nightly", "src1"), BookmarkSpec.ascending("id")));
    }

    @Test
    void bookmarkKeysNeedAJobAndASource() {
        assertThatThrownBy(() -> new BookmarkKey(" ", "s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("job name and a source");
        assertThatThrownBy(() -> new BookmarkKey("j", "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new BookmarkKey("j", "s")).hasToString("job 'j' source 's'");
    }
}
