package dev.dovetail.harness.assertj;

import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.SortOrder;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.write.RecordResult;
import dev.dovetail.api.write.WriteResult;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.harness.fixtures.Dataset;
import dev.dovetail.harness.fixtures.PlainConnector;
import dev.dovetail.harness.fixtures.PushingConnector;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.dovetail.harness.assertj.DovetailAssertions.assertThat;
import static dev.dovetail.harness.fixtures.Dataset.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DovetailAssertionsTest {
    private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
    private static final List<Row> PEOPLE = people();
    private static final Dataset DATASET = Dataset.of(PEOPLE);

    private static List<Row> people() {
        List<Row> rows = new ArrayList<>();
        for (long id = 0; id < 12; id++) {
            rows.add(person(id, id % 5 == 0 ? null : "p" + id, (int) (id * 10), T0.plusSeconds(60 * (id / 2))));
        }
        return rows;
    }

    private static List<Row> reversed(List<Row> rows) {
        List<Row> copy = new ArrayList<>(rows);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static ConnectorHarness harness() {
        return ConnectorHarness.forConnector(PushingConnector.class).withOption("dataset", DATASET.name());
    }

    private static void failsWith(ThrowingCallable assertion, String... fragments) {
        var thrown = assertThatThrownBy(assertion).isInstanceOf(AssertionError.class);
        for (String fragment : fragments) {
            thrown.hasMessageContaining(fragment);
        }
    }

    @Nested
    class ReadResults {
        private final ReadResult partitioned = harness().read("people").rangePartitioned("score", 0, 120, 3).run();

        @Test
        void rowAndSplitCounts() {
            assertThat(partitioned).hasRowCount(12).hasSplitCount(3);
            failsWith(() -> assertThat(partitioned).hasRowCount(11),
                    "Expecting ReadResult{people, 3 splits, 12 rows} to return this many rows:", "11", "but was:", "12");
            failsWith(() -> assertThat(partitioned).hasSplitCount(4),
                    "to have this many splits:", "4", "but was:", "3: [Split#0 of 3 (score < 40 OR score IS NULL)");
        }

        @Test
        void containsExactlyRowsInAnyOrder() {
            assertThat(partitioned).containsExactlyRowsInAnyOrder(reversed(PEOPLE));
            List<Row> oneMissingOneExtra = new ArrayList<>(PEOPLE.subList(1, 12));
            oneMissingOneExtra.add(person(99, "ghost", 1, T0));
            failsWith(() -> assertThat(partitioned).containsExactlyRowsInAnyOrder(oneMissingOneExtra),
                    "to contain exactly these 12 rows, in any order:", "but was:", "missing (1):", "[99, 'ghost', 1, ",
                    "unexpected (1):", "[0, NULL, 0, 2024-05-01T00:00:00Z]");
        }

        @Test
        void containsRowsInAnyOrder() {
            assertThat(partitioned).containsRowsInAnyOrder(PEOPLE.get(3), PEOPLE.get(7));
            failsWith(() -> assertThat(partitioned).containsRowsInAnyOrder(PEOPLE.get(3), PEOPLE.get(3)),
                    "to contain at least these 2 rows", "missing (1):", "[3, 'p3', 30, ");
        }

        @Test
        void splitsCoverAndAreDisjoint() {
            assertThat(partitioned).splitsCoverAndAreDisjoint(PEOPLE);
            ReadResult overlapping = harness().read("people")
                    .splitBy(Predicate.lt("score", 60), Predicate.ge("score", 50)).run();
            failsWith(() -> assertThat(overlapping).splitsCoverAndAreDisjoint(PEOPLE),
                    "to read each of the 12 rows in exactly one of its 2 splits:", "#0 of 2 (score < 60), #1 of 2 (score >= 50)",
                    "but was:", "1 problems:", "row [5, NULL, 50, 2024-05-01T00:02:00Z] was read 2 times (expected 1) by splits"
                            + " #0 of 2 (score < 60), #1 of 2 (score >= 50): the splits overlap");
            ReadResult incomplete = harness().read("people").splitBy(Predicate.lt("score", 100)).run();
            failsWith(() -> assertThat(incomplete).splitsCoverAndAreDisjoint(PEOPLE),
                    "2 problems:", "row [10, NULL, 100, 2024-05-01T00:05:00Z] was read by no split");
            ReadResult counted = harness().read("people").count();
            failsWith(() -> assertThat(counted).splitsCoverAndAreDisjoint(PEOPLE), "use run() instead of count()");
        }

        @Test
        void schemaAndFieldNames() {
            ReadResult projected = harness().read("people").columns("name", "id").run();
            assertThat(projected).hasFieldNames("name", "id").hasSchema(Dataset.PEOPLE.project(List.of("name", "id")));
            failsWith(() -> assertThat(projected).hasFieldNames("id", "name"),
                    "to return the columns:", "[id, name]", "but was:", "[name, id]");
            failsWith(() -> assertThat(projected).hasSchema(Dataset.PEOPLE), "to have the schema:", "but was:",
                    "people[name STRING");
        }

        @Test
        void bookmarkAdvancedToAndUnchanged() {
            ConnectorHarness harness = harness();
            BookmarkSpec spec = BookmarkSpec.ascending("updated_at", "id");
            ReadResult first = harness.read("people").bookmark(spec).run();
            assertThat(first).bookmarkAdvancedTo(T0.plusSeconds(300), 11);
            failsWith(() -> assertThat(first).bookmarkAdvancedTo(T0.plusSeconds(300), 10),
                    "to advance its bookmark to:", "[2024-05-01T00:05:00Z, 10]", "but was:",
                    "[updated_at, id] ASC at [2024-05-01T00:05:00Z, 11] (it started without a bookmark)");
            failsWith(() -> assertThat(first).bookmarkUnchanged(),
                    "to keep the bookmark it started after:", "(none)", "but was:", "[updated_at, id] ASC at");
            first.commit();
            ReadResult second = harness.read("people").bookmark(spec).run();
            assertThat(second).hasRowCount(0).bookmarkUnchanged();
            failsWith(() -> assertThat(second).bookmarkAdvancedTo(T0.plusSeconds(300), 11),
                    "to advance its bookmark past:", "but was:", "unchanged: the read started after that same bookmark");
            ReadResult untracked = harness.read("people").run();
            failsWith(() -> assertThat(untracked).bookmarkAdvancedTo(1), "no bookmark: the read tracked none");
        }

        @Test
        void rowsNavigatesToTheRowAssertions() {
            assertThat(partitioned).rows().hasRowCount(12).allMatchSchema(Dataset.PEOPLE);
        }
    }

    @Nested
    class Rows {
        @Test
        void hasRowCountAndContents() {
            assertThat(PEOPLE).hasRowCount(12).containsExactlyRowsInAnyOrder(PEOPLE).containsRowsInAnyOrder(PEOPLE.get(0));
            failsWith(() -> assertThat(PEOPLE.subList(0, 2)).hasRowCount(3), "Expecting rows to number:", "3",
                    "but was:", "2:", "[1, 'p1', 10, 2024-05-01T00:00:00Z]");
            failsWith(() -> assertThat(PEOPLE.subList(0, 2)).containsExactlyRowsInAnyOrder(PEOPLE.subList(1, 3)),
                    "missing (1):", "[2, 'p2', 20, ", "unexpected (1):", "[0, NULL, 0, ");
            failsWith(() -> assertThat(PEOPLE.subList(0, 2)).containsRowsInAnyOrder(PEOPLE.get(4)), "missing (1):", "[4, 'p4'");
        }

        @Test
        void allMatchSchema() {
            assertThat(PEOPLE).allMatchSchema(Dataset.PEOPLE);
            List<Row> bad = List.of(Row.of(null, "x", 1, T0), Row.of(1L, "x", 1L, T0), Row.of(1L));
            failsWith(() -> assertThat(bad).allMatchSchema(Dataset.PEOPLE), "Expecting 3 rows to match the schema:",
                    "3 mismatches:", "row 0 [NULL, 'x', 1, 2024-05-01T00:00:00Z]: column 'id' is NULL but NOT NULL",
                    "row 1 [1, 'x', 1, 2024-05-01T00:00:00Z]: column 'score' of type INT holds Long 1",
                    "row 2 [1] has 1 values but the schema has 4 fields");
        }

        @Test
        void oneRow() {
            Row row = PEOPLE.get(1);
            assertThat(row).hasValues(1L, "p1", 10, T0).hasValue(1, "p1").matchesSchema(Dataset.PEOPLE);
            failsWith(() -> assertThat(row).hasValues(1L, "p1", 11, T0), "Expecting row to hold:",
                    "[1, 'p1', 11, 2024-05-01T00:00:00Z]", "but was:", "[1, 'p1', 10, 2024-05-01T00:00:00Z]");
            failsWith(() -> assertThat(row).hasValue(2, 10L), "Expecting column 2 of row", "to hold:", "Long 10",
                    "but was:", "Integer 10");
            failsWith(() -> assertThat(row).hasValue(9, 10), "to have a column:", "only columns 0..3");
            failsWith(() -> assertThat(Row.of(1L, 2, 3, T0)).matchesSchema(Dataset.PEOPLE),
                    "column 'name' of type STRING holds Integer 2");
        }
    }

    @Nested
    class Schemas {
        private final EntitySchema schema = Dataset.PEOPLE;

        @Test
        void fieldsTypesAndKeys() {
            assertThat(schema).hasSchema(Dataset.PEOPLE).hasFieldNames("id", "name", "score", "updated_at")
                    .hasField("score", DataType.INT).hasField("ID", DataType.LONG).hasNullableField("name")
                    .hasNotNullField("id").hasPrimaryKey("id");
            failsWith(() -> assertThat(schema).hasField("score", DataType.LONG),
                    "Expecting field 'score' of 'people' to have the type:", "LONG", "but was:", "INT");
            failsWith(() -> assertThat(schema).hasField("amount", DataType.LONG),
                    "Expecting schema of 'people' to have a field:", "amount", "only [id, name, score, updated_at]");
            failsWith(() -> assertThat(schema).hasFieldNames("id"), "to have the fields:", "[id]", "but was:",
                    "[id, name, score, updated_at]");
            failsWith(() -> assertThat(schema).hasNotNullField("name"), "to be:", "NOT NULL", "but was:", "nullable");
            failsWith(() -> assertThat(schema).hasNullableField("id"), "to be:", "nullable", "but was:", "NOT NULL");
            failsWith(() -> assertThat(schema).hasPrimaryKey("id", "name"), "to have the primary key:", "[id, name]",
                    "but was:", "[id]");
            failsWith(() -> assertThat(schema).hasSchema(schema.project(List.of("id"))), "Expecting schema of 'people' to be:");
        }
    }

    @Nested
    class Plans {
        private final ReadPlan plan = harness().read("people").where(Predicate.contains("name", "1"))
                .hashPartitioned("id", 3).run().plan();
        private final ReadPlan plainPlan = ConnectorHarness.forConnector(PlainConnector.class)
                .withOption("dataset", DATASET.name()).read("people").where(Predicate.ge("score", 30))
                .rangePartitioned("score", 0, 100, 2).run().plan();

        @Test
        void splitCountAndCoverage() {
            assertThat(plan).hasSplitCount(3).splitsCoverAndAreDisjoint(PEOPLE);
            failsWith(() -> assertThat(plan).hasSplitCount(2), "Expecting the plan of entity 'people' to have this many"
                    + " splits:", "2", "but was:", "3: [Split#0 of 3");
            ReadPlan overlapping = harness().read("people").splitBy(Predicate.le("id", 5), Predicate.ge("id", 5)).run().plan();
            failsWith(() -> assertThat(overlapping).splitsCoverAndAreDisjoint(PEOPLE),
                    "row [5, NULL, 50, 2024-05-01T00:02:00Z] was read 2 times (expected 1) by splits #0 of 2 (id <= 5),"
                            + " #1 of 2 (id >= 5): the splits overlap");
        }

        @Test
        void pushedAndResidualParts() {
            Predicate contains = Predicate.contains("name", "1");
            assertThat(plan).pushes(contains).hasNoResidual().readsColumns("id", "name", "score", "updated_at");
            assertThat(plainPlan).doesNotPush(Predicate.ge("score", 30)).evaluatesInRuntime(Predicate.ge("score", 30));
            failsWith(() -> assertThat(plainPlan).pushes(Predicate.ge("score", 30)),
                    "Expecting the plan of entity 'people' to push to the connector:", "score >= 30", "but was:",
                    "#0 of 2 (score < 50 OR score IS NULL): TRUE");
            failsWith(() -> assertThat(plan).doesNotPush(contains), "not to push to the connector:", "name CONTAINS '1'");
            failsWith(() -> assertThat(plan).evaluatesInRuntime(contains), "to leave to the runtime:", "#2 of 3");
            failsWith(() -> assertThat(plainPlan).hasNoResidual(), "to leave nothing to the runtime:", "but was:",
                    "#1 of 2 (score >= 50): score >= 30 AND score >= 50");
            failsWith(() -> assertThat(plan).readsColumns("id"), "to ask the connector for the columns:", "[id]",
                    "#0 of 3 (HASH(id) MOD 3 = 0): [id, name, score, updated_at]");
        }
    }

    @Nested
    class Bookmarks {
        private final BookmarkState state = new BookmarkState(List.of("updated_at", "id"), SortOrder.ASC, List.of(T0, 7));

        @Test
        void valuesKeysAndOrder() {
            assertThat(state).hasValues(T0, 7).hasValues(T0, 7L).hasKeys("updated_at", "id").hasOrder(SortOrder.ASC);
            assertThat(Optional.<BookmarkState>empty()).isAbsent();
            failsWith(() -> assertThat(state).hasValues(T0, 8), "Expecting bookmark [updated_at, id] ASC at"
                    + " [2024-05-01T00:00:00Z, 7] to be at:", "[2024-05-01T00:00:00Z, 8]", "but was:", "[2024-05-01T00:00:00Z, 7]");
            failsWith(() -> assertThat(state).hasKeys("id"), "to have the keys:", "[id]", "but was:", "[updated_at, id]");
            failsWith(() -> assertThat(state).hasOrder(SortOrder.DESC), "to have the order:", "DESC", "but was:", "ASC");
            failsWith(() -> assertThat(Optional.of(state)).isAbsent(), "Expecting bookmark to be:", "absent", "but was:",
                    "[updated_at, id] ASC");
            failsWith(() -> assertThat(Optional.<BookmarkState>empty()).hasValues(1), "Expecting bookmark to be at [1]:",
                    "a bookmark", "but was:", "absent");
        }
    }

    @Nested
    class Writes {
        private final WriteResult mixed = new WriteResult(List.of(RecordResult.succeeded(), RecordResult.failed("duplicate id 3"),
                RecordResult.succeeded("4"), RecordResult.failed("no record has id 9")));

        @Test
        void recordOutcomes() {
            assertThat(WriteResult.allSucceeded(3)).allRecordsSucceeded().hasRecordCount(3).hasFailedRecords();
            assertThat(mixed).hasFailedRecords(3, 1).hasRecordCount(4);
            failsWith(() -> assertThat(mixed).allRecordsSucceeded(), "Expecting write of 4 records to succeed for every"
                    + " record:", "no failed records", "but was:", "#1: duplicate id 3", "#3: no record has id 9");
            failsWith(() -> assertThat(mixed).hasFailedRecords(1), "to fail exactly the records:", "[1]", "but was:",
                    "[1, 3]:");
            failsWith(() -> assertThat(WriteResult.allSucceeded(2)).hasFailedRecords(0), "[0]", "but was:", "no failed records");
            failsWith(() -> assertThat(mixed).hasRecordCount(2), "to report this many records:", "2", "but was:", "4");
        }
    }

    @Test
    void eachAssertionReturnsItsAssertForChaining() {
        ReadResult result = harness().read("people").run();
        assertThat(result).hasRowCount(12).hasSplitCount(1).containsRowsInAnyOrder(PEOPLE.get(0))
                .containsExactlyRowsInAnyOrder(PEOPLE).splitsCoverAndAreDisjoint(PEOPLE).hasFieldNames("id", "name", "score",
                        "updated_at").hasSchema(Dataset.PEOPLE);
        assertThat(result.splitDefinitions()).as("AssertJ's own assertThat still serves other lists")
                .containsExactly(Split.whole());
    }
}
