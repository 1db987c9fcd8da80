package dev.dovetail.harness;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.bookmark.FileBookmarkStore;
import dev.dovetail.api.option.OptionProblem;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.harness.fixtures.Dataset;
import dev.dovetail.harness.fixtures.PlainConnector;
import dev.dovetail.harness.fixtures.PushingConnector;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static dev.dovetail.harness.fixtures.Dataset.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectorHarnessTest {
    private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

    /** 100 people: ids 0..99, a NULL name every 7th, a NULL score every 11th, one update per minute. */
    private static List<Row> people() {
        return Dataset.hundredPeople(T0);
    }

    private static ConnectorHarness plain(Dataset dataset) {
        return ConnectorHarness.forConnector(PlainConnector.class).withOption("dataset", dataset.name());
    }

    private static ConnectorHarness pushing(Dataset dataset) {
        return ConnectorHarness.forConnector(PushingConnector.class).withOption("dataset", dataset.name());
    }

    private static List<Row> filter(List<Row> rows, java.util.function.Predicate<Row> keep) {
        return rows.stream().filter(keep).toList();
    }

    @Nested
    class PartitionedReads {
        @ParameterizedTest
        @ValueSource(ints = {1, 2, 8})
        void columnRangeSplitsReadEveryRowOnceWhateverTheConnectorPushes(int splits) {
            Dataset dataset = Dataset.of(people());
            for (ConnectorHarness harness : List.of(plain(dataset), pushing(dataset))) {
                ReadResult result = harness.read("people").rangePartitioned("id", 20, 80, splits).run();

                assertThat(result.splits()).hasSize(splits);
                assertThat(result.rows()).containsExactlyInAnyOrderElementsOf(dataset.rows());
                assertThat(result.splits().stream().mapToLong(SplitResult::rowCount).sum()).isEqualTo(100);
            }
        }

        @Test
        void splitsRunInParallelEachWithItsOwnSession() {
            Dataset dataset = Dataset.of(people());
            dataset.meetReaders(2); // the first two splits wait for each other: they must run at once
            ReadResult result = plain(dataset).withParallelism(4).read("people").hashPartitioned("id", 8).run();

            assertThat(result.rows()).containsExactlyInAnyOrderElementsOf(dataset.rows());
            assertThat(dataset.readThreads()).hasSizeGreaterThan(1).allMatch(name -> name.startsWith("dovetail-harness-"));
            // one session plans, one per split reads; every one is closed
            assertThat(dataset.sessionsOpened()).isEqualTo(1 + 8);
            assertThat(dataset.sessionsClosed()).isEqualTo(dataset.sessionsOpened());
        }

        @Test
        void glueOptionsChooseThePartitioning() {
            Dataset dataset = Dataset.of(people());
            ReadResult result = plain(dataset).withOptions(Map.of(
                    "partitionColumn", "id", "lowerBound", "0", "upperBound", "100", "numPartitions", "3")).read("people").run();

            assertThat(result.splitDefinitions()).extracting(split -> split.predicate().toString())
                    .containsExactly("id < 33 OR id IS NULL", "id >= 33 AND id < 66", "id >= 66");
            assertThat(result.splits()).extracting(SplitResult::rowCount).containsExactly(33L, 33L, 34L);
        }

        @Test
        void explicitSplitPredicatesAreReadAsGiven() {
            Dataset dataset = Dataset.of(people());
            ReadResult result = pushing(dataset).read("people")
                    .splitBy(Predicate.lt("id", 10), Predicate.ge("id", 90)).run();

            assertThat(result.splits()).extracting(SplitResult::rowCount).containsExactly(10L, 10L);
        }
    }

    @Nested
    class RuntimeEnforcement {
        @Test
        void aPredicateTheConnectorDoesNotPushIsEvaluatedByTheRuntime() {
            Dataset dataset = Dataset.of(people());
            java.util.function.Predicate<Row> expected = row -> row.get(2) != null && (Integer) row.get(2) >= 50
                    && row.get(1) != null && ((String) row.get(1)).endsWith("7");

            for (ConnectorHarness harness : List.of(plain(dataset), pushing(dataset))) {
                ReadResult result = harness.read("people")
                        .where(Predicate.ge("score", 50))
                        .where(Predicate.endsWith("name", "7"))
                        .rangePartitioned("id", 0, 100, 4)
                        .run();

                assertThat(result.rows()).containsExactlyInAnyOrderElementsOf(filter(dataset.rows(), expected));
            }
            ReadResult plainResult = plain(dataset).read("people")
                    .where(Predicate.ge("score", 50)).run();
            assertThat(plainResult.splits().get(0).plan().pushed().isAlwaysTrue()).isTrue();
            assertThat(plainResult.splits().get(0).plan().residual().toString()).isEqualTo("score >= 50");
        }

        @Test
        void projectionReturnsOnlyTheAskedColumnsInOrder() {
            Dataset dataset = Dataset.of(people());
            for (ConnectorHarness harness : List.of(plain(dataset), pushing(dataset))) {
                ReadResult result = harness.read("people").columns("score", "id")
                        .where(Predicate.isNull("name")).run();

                assertThat(result.schema().fieldNames()).containsExactly("score", "id");
                assertThat(result.rows()).containsExactlyInAnyOrderElementsOf(dataset.rows().stream()
                        .filter(row -> row.get(1) == null)
                        .map(row -> Row.of(row.get(2), row.get(0)))
                        .toList());
            }
        }

        @Test
        void theLimitHoldsOverAllSplits() {
            Dataset dataset = Dataset.of(people());
            for (ConnectorHarness harness : List.of(plain(dataset), pushing(dataset))) {
                ReadResult result = harness.read("people").limit(7).hashPartitioned("id", 4).run();

                assertThat(result.rows()).hasSize(7).isSubsetOf(dataset.rows());
                assertThat(result.rowCount()).isEqualTo(7);
                assertThat(result.splits()).allSatisfy(split -> assertThat(split.rowCount()).isLessThanOrEqualTo(7));
            }
        }

        @Test
        void countingStreamsAHugeEntityWithoutKeepingRows() {
            Dataset dataset = Dataset.generated(2_000_000);
            ReadResult result = plain(dataset).read("people").where(Predicate.lt("score", 10))
                    .count();

            assertThat(result.rowCount()).isEqualTo(200_000);
            assertThatThrownBy(result::rows).isInstanceOf(IllegalStateException.class).hasMessageContaining("count()");
        }
    }

    @Nested
    class Bookmarks {
        @Test
        void aSecondReadReturnsOnlyRowsAddedAfterTheCommit() {
            Dataset dataset = Dataset.of(people());
            ConnectorHarness harness = plain(dataset);
            BookmarkSpec spec = BookmarkSpec.ascending("updated_at", "id");

            ReadResult first = harness.read("people").rangePartitioned("id", 0, 100, 4).bookmark(spec).run();
            assertThat(first.rowCount()).isEqualTo(100);
            assertThat(first.bookmark()).hasValueSatisfying(state ->
                    assertThat(state.values()).containsExactly(T0.plusSeconds(60 * 99), 99L));
            assertThat(harness.bookmarkStore().load(new BookmarkKey(ConnectorHarness.DEFAULT_JOB, "people"))).isEmpty();
            first.commit();

            Row late = person(100, "late", 1, T0.plusSeconds(60 * 99)); // same time as the last row, larger id
            Row later = person(101, "later", 2, T0.plusSeconds(60 * 200));
            dataset.add(late, later);
            ReadResult second = harness.read("people").rangePartitioned("id", 0, 100, 4).bookmark(spec).run();

            assertThat(second.rows()).containsExactlyInAnyOrder(late, later);
            second.commit();
            ReadResult third = harness.read("people").bookmark(spec).run();
            assertThat(third.rows()).isEmpty();
            assertThat(third.bookmark()).isEqualTo(second.bookmark());
        }

        @Test
        void aFailedReadCommitsNothingAndTheNextReadSkipsNothing() {
            Dataset dataset = Dataset.of(people());
            BookmarkSpec spec = BookmarkSpec.ascending("id");
            ConnectorHarness failing = plain(dataset).withOption("failInSplit", "1");

            assertThatThrownBy(() -> failing.read("people").hashPartitioned("id", 3).bookmark(spec).run())
                    .isInstanceOf(ConnectorException.class);
            assertThat(failing.bookmarkStore().load(new BookmarkKey(ConnectorHarness.DEFAULT_JOB, "people"))).isEmpty();

            ReadResult retry = failing.withoutOption("failInSplit").read("people").hashPartitioned("id", 3)
                    .bookmark(spec).run();
            assertThat(retry.rows()).containsExactlyInAnyOrderElementsOf(dataset.rows());
        }

        @Test
        void aFileStoreKeepsTheBookmarkAcrossHarnesses(@TempDir Path directory) {
            Dataset dataset = Dataset.of(people());
            Map<String, String> glue = Map.of("jobBookmarkKeys", "id", "jobBookmarkKeysSortOrder", "desc",
                    "jobName", "nightly");
            plain(dataset).withOptions(glue).withBookmarkStore(new FileBookmarkStore(directory))
                    .read("people").run().commit();

            Row lower = person(-1, "below", 3, T0);
            dataset.add(lower, person(1000, "above", 4, T0));
            ReadResult next = plain(dataset).withOptions(glue).withBookmarkStore(new FileBookmarkStore(directory))
                    .read("people").run();

            assertThat(next.rows()).containsExactly(lower);
            assertThat(new FileBookmarkStore(directory).fileOf(new BookmarkKey("nightly", "people"))).exists();
        }
    }

    @Nested
    class Failures {
        @Test
        void aConnectorExceptionSurfacesWithItsCodeRetryAdviceAndSplit() {
            Dataset dataset = Dataset.of(people());
            ConnectorHarness failing = plain(dataset).withOption("failInSplit", "2");

            assertThatThrownBy(() -> failing.read("people").rangePartitioned("id", 0, 100, 4).run())
                    .isInstanceOfSatisfying(ConnectorException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMIT_EXCEEDED);
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
                        assertThat(e.split()).hasValueSatisfying(split -> assertThat(split.index()).isEqualTo(2));
                        assertThat(e).hasMessageContaining("split #2 of 4 (id >= 50 AND id < 75)")
                                .hasMessageContaining("the service is throttling");
                    });
        }

        @Test
        void aSecretInAConnectorsErrorIsMasked() {
            Dataset dataset = Dataset.of(people());
            ConnectorHarness harness = plain(dataset).withOption("misbehave", "LEAK_PASSWORD")
                    .withOption("secretId", "prod/people").withSecret("prod/people", Map.of("username", "ada", "password", "open sesame"));

            assertThatThrownBy(() -> harness.read("people").run())
                    .isInstanceOf(ConnectorException.class)
                    // every value of a secret is masked, the user name included
                    .hasMessageContaining("login ****/**** expired")
                    .satisfies(e -> assertThat(stackTraceOf(e)).doesNotContain("open sesame"));
            assertThat(harness.toString()).doesNotContain("open sesame");
        }

        @ParameterizedTest
        @ValueSource(strings = {"SKIP_COLUMN", "WRONG_TYPE"})
        void aConnectorBreakingTheSinkContractIsTold(String misbehaviour) {
            ConnectorHarness harness = plain(Dataset.of(people())).withOption("misbehave", misbehaviour);

            assertThatThrownBy(() -> harness.read("people").run())
                    .isInstanceOf(ConnectorException.class)
                    .hasMessageContaining("broke the RowSink contract")
                    .hasMessageContaining(misbehaviour.equals("SKIP_COLUMN") ? "without setting column 'name'"
                            : "wrote a LONG into column 'score', which is INT");
        }

        @Test
        void badCredentialsAndBadOptionsAreReported() {
            ConnectorHarness harness = plain(Dataset.of(people()));

            assertThatThrownBy(() -> harness.withOption("user", "ada").withOption("password", "guess").validateCredentials())
                    .isInstanceOfSatisfying(ConnectorException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS))
                    .hasMessageContaining("user ada was refused")
                    .hasMessageNotContaining("guess");
            harness.withOption("user", "ada").withOption("password", "open sesame").validateCredentials();

            List<OptionProblem> problems = harness.withoutOption("dataset").withOption("failInSplt", "x")
                    .withOption("misbehave", "SOMETIMES").validateSettings();
            assertThat(problems).extracting(OptionProblem::message).containsExactlyInAnyOrder(
                    "option 'dataset' is required but was not given (The dataset to serve)",
                    "option 'misbehave' must be one of [NONE, SKIP_COLUMN, WRONG_TYPE, LEAK_PASSWORD, KEEP_ROWS_ON_TRUNCATE] but was 'SOMETIMES'",
                    "option 'failInSplt' is not known; did you mean 'failInSplit'?");
        }

        @Test
        void metadataAndWritesGoThroughTheRuntime() {
            Dataset dataset = Dataset.of(List.of());
            ConnectorHarness harness = plain(dataset);

            assertThat(harness.listEntities()).extracting(entity -> entity.name()).containsExactly("people");
            assertThat(harness.describe("people")).isEqualTo(Dataset.PEOPLE);
            assertThatThrownBy(() -> harness.describe("persons"))
                    .isInstanceOfSatisfying(ConnectorException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND));

            assertThat(harness.write("people").columns("id", "name").insert(Row.of(1L, "one"), Row.of(2L, "two"))
                    .isAllSucceeded()).isTrue();
            assertThat(dataset.rows()).containsExactly(person(1, "one", null, null), person(2, "two", null, null));
            assertThatThrownBy(() -> harness.write("people").upsert(person(3, "x", 1, T0)))
                    .hasMessageContaining("does not UPSERT; it supports [INSERT]");
            assertThatThrownBy(() -> harness.write("people").allOrNone().insert(person(3, "x", 1, T0)))
                    .hasMessageContaining("cannot write all-or-none");
            assertThatThrownBy(() -> harness.write("people").insert(Row.of(4, "four", 1, T0)))
                    .hasMessageContaining("record 0 has Integer 4 in column 'id' of type LONG");
            assertThat(harness.write("people").columns("id", "name").truncateFirst().insert(Row.of(5L, "five"))
                    .isAllSucceeded()).isTrue();
            assertThat(dataset.rows()).containsExactly(person(5, "five", null, null));
            assertThat(harness.write("people").truncateFirst().insert().records()).isEmpty();
            assertThat(dataset.rows()).isEmpty();
            assertThat(WriteOperationType.values()).hasSize(4);
        }
    }

    @Nested
    class Connections {
        private final Dataset dataset = Dataset.of(people());
        private final ConnectorHarness base = ConnectorHarness.forConnector(PlainConnector.class);
        private final ConnectorHarness connected = base
                .withConnection("people-db", Map.of("dataset", dataset.name(), "USERNAME", "ada", "PASSWORD", "open sesame"))
                .withOption("connectionName", "people-db");

        @Test
        void aReadNeedsOnlyTheConnectionNameAndTheGivenOptionsWin() {
            assertThat(connected.validateSettings()).isEmpty();
            assertThat(connected.read("people").run().rowCount()).isEqualTo(100);
        }

        @Test
        void anExplicitPasswordOverridesTheConnections() {
            assertThatThrownBy(() -> connected.withOption("password", "guess").validateCredentials())
                    .isInstanceOfSatisfying(ConnectorException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS))
                    .hasMessageContaining("user ada was refused");
            ConnectorHarness wrongInConnection = base.withConnection("people-db", Map.of("dataset", dataset.name(),
                    "user", "ada", "password", "guess")).withOption("connectionName", "people-db");
            wrongInConnection.withOption("password", "open sesame").validateCredentials();
        }

        @Test
        void connectionsAreHeldPerHarnessCopyAndShownByNameOnly() {
            assertThat(base.connections()).isNotSameAs(connected.connections());
            assertThatThrownBy(() -> base.connections().resolve("people-db"))
                    .isInstanceOfSatisfying(ConnectorException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND));
            assertThat(connected.connections().resolve("people-db").get("USERNAME")).hasValue("ada");
            assertThat(connected.toString()).contains("connections=[people-db]").doesNotContain("open sesame");
        }

        @Test
        void aConnectionsPasswordInAConnectorsErrorIsMasked() {
            ConnectorHarness harness = connected.withOption("misbehave", "LEAK_PASSWORD");

            assertThatThrownBy(() -> harness.read("people").run())
                    .isInstanceOf(ConnectorException.class)
                    .hasMessageContaining("login ada/**** expired")
                    .satisfies(e -> assertThat(stackTraceOf(e)).doesNotContain("open sesame"));
        }

        @Test
        void anUnknownConnectionIsNotFoundWithDidYouMeanAndWithoutAnyTheMessageSaysHowToAddOne() {
            assertThatThrownBy(() -> connected.withOption("connectionName", "peopel-db").validateCredentials())
                    .isInstanceOfSatisfying(ConnectorException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND))
                    .hasMessage("connection 'peopel-db' does not exist; did you mean 'people-db'?");
            assertThat(base.withOption("connectionName", "people-db").validateSettings())
                    .singleElement().satisfies(problem -> {
                        assertThat(problem.option()).isEqualTo("connectionName");
                        assertThat(problem.message()).contains("no connection catalog").contains("withConnection(name, properties)");
                    });
        }
    }

    private static String stackTraceOf(Throwable failure) {
        java.io.StringWriter text = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    @Test
    void readsAgreeWithAPlainJavaFilterOverManySplitCounts() {
        Dataset dataset = Dataset.of(people());
        for (long splits : LongStream.rangeClosed(1, 9).toArray()) {
            ReadResult result = pushing(dataset).read("people")
                    .where(Predicate.or(
                            Predicate.lt("score", 20),
                            Predicate.isNull("name")))
                    .rangePartitioned("id", 10, 90, (int) splits)
                    .run();
            assertThat(result.rows()).containsExactlyInAnyOrderElementsOf(filter(dataset.rows(),
                    row -> row.get(1) == null || (row.get(2) != null && (Integer) row.get(2) < 20)));
        }
    }
}
