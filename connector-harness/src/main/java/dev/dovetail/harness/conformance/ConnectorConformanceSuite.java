package dev.dovetail.harness.conformance;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.bookmark.BookmarkKey;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.SortOrder;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.OptionProblem;
import dev.dovetail.api.option.SettingDefinition;
import dev.dovetail.api.option.SettingType;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.predicate.PredicateEvaluator;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.spi.WriteCapabilities;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteResult;
import dev.dovetail.harness.ConnectorHarness;
import dev.dovetail.harness.HarnessRead;
import dev.dovetail.harness.ReadResult;
import dev.dovetail.harness.SplitResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.dovetail.harness.assertj.DovetailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The standard cases every connector must pass, as a JUnit 5 class to extend. The subclass supplies a
 * {@link ConformanceContext}, which stores {@link ConformanceData} rows in the external system; the
 * suite reads them back through the harness and checks settings, credentials, metadata, partitioned
 * reads, pushdown, limits, job bookmarks, writes and robustness, each case in a {@code @Nested} group.
 *
 * <pre>{@code
 * class CsvConformanceTest extends ConnectorConformanceSuite {
 *     @TempDir
 *     Path directory;
 *
 *     @Override
 *     protected ConformanceContext context() {
 *         return new CsvConformanceContext(directory);
 *     }
 * }
 * }</pre>
 *
 * Cases that do not apply (writes for a read-only connector, bad credentials for one without any) are
 * skipped with an assumption that says why. A failure's message names the case's rule and the rows,
 * splits, options or predicate at fault.
 */
public abstract class ConnectorConformanceSuite {
    /** How many rows most cases seed. */
    protected static final int ROWS = 100;
    private static final BookmarkSpec BOOKMARK = BookmarkSpec.ascending("updated_at", "id");

    private ConformanceContext context;
    private ConnectorHarness harness;

    /** A new context for one test: a harness and an external system the suite may fill. */
    protected abstract ConformanceContext context() throws Exception;

    @BeforeEach
    final void openConformanceContext() throws Exception {
        context = context();
        harness = context.harness();
    }

    @AfterEach
    final void closeConformanceContext() throws Exception {
        if (context instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private List<Row> seed(int count) throws Exception {
        context.seed(ConformanceData.rows(0, count));
        return ConformanceData.list(0, count);
    }

    private HarnessRead read() {
        return harness.read(context.entity()).columns(ConformanceData.COLUMNS.toArray(String[]::new));
    }

    private HarnessRead bookmarked() {
        return read().rangePartitioned("score", 0, 100, 4).bookmark(BOOKMARK);
    }

    private static List<String> messages(List<OptionProblem> problems) {
        return problems.stream().map(OptionProblem::message).toList();
    }

    @Nested
    @DisplayName("settings")
    class SettingsCases {
        @Test
        @DisplayName("the context's options pass validation")
        void declaredSettingsValidate() {
            assertThat(harness.validateSettings())
                    .as("problems with the options the context gives (%s); they must be valid", harness.options())
                    .isEmpty();
        }

        @Test
        @DisplayName("a missing required option is rejected by name")
        void missingOptionsAreRejected() {
            List<SettingDefinition> required = harness.descriptor().settings().stream()
                    .filter(SettingDefinition::required).toList();
            assumeTrue(!required.isEmpty(), "the connector declares no required setting");
            for (SettingDefinition setting : required) {
                List<OptionProblem> problems = harness.withoutOption(setting.name()).validateSettings();
                assertThat(problems)
                        .as("problems without required option '%s': %s", setting.name(), messages(problems))
                        .anySatisfy(problem -> {
                            assertThat(problem.kind()).isEqualTo(OptionProblem.Kind.MISSING);
                            assertThat(problem.option()).isEqualToIgnoringCase(setting.name());
                            assertThat(problem.message()).containsIgnoringCase(setting.name());
                        });
            }
        }

        @Test
        @DisplayName("an unknown option is rejected by name")
        void unknownOptionsAreRejected() {
            List<OptionProblem> problems = harness.withOption("conformanceUnknownOption", "1").validateSettings();
            assertThat(problems).as("problems with the unknown option 'conformanceUnknownOption': %s", messages(problems))
                    .anySatisfy(problem -> {
                        assertThat(problem.kind()).isEqualTo(OptionProblem.Kind.UNKNOWN);
                        assertThat(problem.message()).contains("conformanceUnknownOption");
                    });
        }

        @Test
        @DisplayName("a mistyped option is rejected by name")
        void mistypedOptionsAreRejected() {
            List<SettingDefinition> typed = harness.descriptor().settings().stream()
                    .filter(setting -> setting.type() != SettingType.STRING || !setting.allowedValues().isEmpty())
                    .toList();
            assumeTrue(!typed.isEmpty(), "the connector declares no setting with a type or allowed values to get wrong");
            for (SettingDefinition setting : typed) {
                List<OptionProblem> problems = harness.withOption(setting.name(), "not-a-valid-value").validateSettings();
                assertThat(problems)
                        .as("problems with option '%s' (%s) set to 'not-a-valid-value': %s", setting.name(),
                                setting.type(), messages(problems))
                        .anySatisfy(problem -> {
                            assertThat(problem.kind()).isEqualTo(OptionProblem.Kind.INVALID);
                            assertThat(problem.message()).containsIgnoringCase(setting.name());
                        });
            }
        }

        @Test
        @DisplayName("secret values never appear in toString or messages")
        void secretsNeverLeak() {
            String marker = "conformance-secret-" + UUID.randomUUID();
            List<ConnectorHarness> leaky = new ArrayList<>();
            leaky.add(harness.withOption("conformancePassword", marker));
            harness.descriptor().settings().stream().filter(SettingDefinition::secret)
                    .forEach(setting -> leaky.add(harness.withOption(setting.name(), marker)));
            for (ConnectorHarness candidate : leaky) {
                List<String> shown = new ArrayList<>(List.of(candidate.toString(), candidate.options().toString()));
                shown.addAll(messages(candidate.validateSettings()));
                ConnectorException failure = catchThrowableOfType(ConnectorException.class, candidate::validateCredentials);
                if (failure != null) {
                    shown.addAll(causeMessages(failure));
                }
                assertThat(shown).as("texts shown for options %s", candidate.options())
                        .noneMatch(text -> text.contains(marker));
            }
        }
    }

    @Nested
    @DisplayName("credentials")
    class CredentialCases {
        @Test
        @DisplayName("good credentials validate")
        void goodCredentialsValidate() {
            assertThatCode(harness::validateCredentials)
                    .as("validating the context's credentials (%s)", harness.options()).doesNotThrowAnyException();
        }

        @Test
        @DisplayName("bad credentials fail with INVALID_CREDENTIALS and keep the secret out of the message")
        void badCredentialsAreRefused() {
            Optional<Map<String, String>> bad = context.badCredentials();
            assumeTrue(bad.isPresent(), "the context supplies no bad credentials (ConformanceContext.badCredentials)");
            ConnectorHarness refused = harness.withOptions(bad.get());
            ConnectorException failure = catchThrowableOfType(ConnectorException.class, refused::validateCredentials);
            assertThat(failure).as("validating bad credentials must throw a ConnectorException").isNotNull();
            assertThat(failure.code()).as("the code of '%s'", failure.getMessage()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
            ConnectionOptions given = refused.options().markSecret(harness.descriptor().authentication().sensitiveKeys());
            for (String key : bad.get().keySet()) {
                if (given.isSecret(key)) {
                    assertThat(causeMessages(failure)).as("messages of the refusal, which must not show secret option '%s'", key)
                            .noneMatch(text -> text.contains(bad.get().get(key)));
                }
            }
        }
    }

    @Nested
    @DisplayName("metadata")
    class MetadataCases {
        @Test
        @DisplayName("every entity describes")
        void everyEntityDescribes() throws Exception {
            seed(ROWS);
            List<Entity> entities = harness.listEntities();
            assertThat(entities).as("the entities listed").extracting(Entity::name)
                    .anySatisfy(name -> assertThat(name).isEqualToIgnoringCase(context.entity()));
            for (Entity entity : entities) {
                assertThat(harness.describe(entity.name()).name()).as("the name of the schema of entity '%s'", entity.name())
                        .isEqualToIgnoringCase(entity.name());
            }
            assertThat(harness.describe(context.entity())).hasField("id", DataType.LONG).hasField("name", DataType.STRING)
                    .hasField("score", DataType.INT).hasField("updated_at", DataType.TIMESTAMP);
        }

        @Test
        @DisplayName("every read row matches its schema")
        void everyRowMatchesItsSchema() throws Exception {
            seed(ROWS);
            ReadResult all = harness.read(context.entity()).run();
            assertThat(all).hasRowCount(ROWS);
            assertThat(all.rows()).as("rows of entity '%s'", context.entity()).allMatchSchema(all.schema());
        }
    }

    @Nested
    @DisplayName("reads")
    class ReadCases {
        @Test
        @DisplayName("1 split returns the same rows as N splits")
        void oneSplitEqualsManySplits() throws Exception {
            List<Row> seeded = seed(ROWS);
            ReadResult single = read().run();
            assertThat(single).as("the 1-split read").containsExactlyRowsInAnyOrder(seeded);
            for (ReadResult split : List.of(read().rangePartitioned("score", 0, 100, 4).run(), read().hashPartitioned("id", 3).run())) {
                assertThat(split).as("the %d-split read %s, against the 1-split read", split.splits().size(),
                        split.splitDefinitions()).containsExactlyRowsInAnyOrder(single.rows());
            }
        }

        @Test
        @DisplayName("splits are disjoint and complete")
        void splitsAreDisjointAndComplete() throws Exception {
            List<Row> seeded = seed(ROWS);
            assertThat(read().rangePartitioned("score", 0, 100, 4).run()).splitsCoverAndAreDisjoint(seeded);
            assertThat(read().rangePartitioned("id", 10, 60, 5).run()).splitsCoverAndAreDisjoint(seeded);
            assertThat(read().hashPartitioned("id", 3).run()).splitsCoverAndAreDisjoint(seeded);
        }

        @Test
        @DisplayName("projection returns only the asked columns")
        void projectionReturnsOnlyTheAskedColumns() throws Exception {
            List<Row> seeded = seed(ROWS);
            ReadResult projected = harness.read(context.entity()).columns("score", "id").run();
            assertThat(projected).hasFieldNames("score", "id")
                    .containsExactlyRowsInAnyOrder(seeded.stream().map(row -> Row.of(row.get(2), row.get(0))).toList());
        }

        @Test
        @DisplayName("a pushed predicate returns the rows the runtime's evaluator selects")
        void pushedAndUnpushedPredicatesAgree() throws Exception {
            seed(ROWS);
            ReadResult unfiltered = read().run();
            EntitySchema schema = unfiltered.schema();
            List<Predicate> predicates = List.of(
                    Predicate.and(Predicate.ge("score", 30), Predicate.lt("score", 70)),
                    Predicate.in("id", 3, 5, 8, 13, 21, 1000),
                    Predicate.isNull("name"),
                    Predicate.or(Predicate.lt("id", 10), Predicate.gt("score", 100)),
                    Predicate.not(Predicate.eq("score", 50)),
                    Predicate.between("updated_at", ConformanceData.START.plusSeconds(300), ConformanceData.START.plusSeconds(600)),
                    Predicate.ne("id", 4),
                    Predicate.and(Predicate.isNotNull("score"), Predicate.le("id", 20)),
                    Predicate.startsWith("name", "name-1"));
            for (Predicate predicate : predicates) {
                List<Row> expected = unfiltered.rows().stream().filter(PredicateEvaluator.compile(predicate, schema)::test).toList();
                for (ReadResult filtered : List.of(read().where(predicate).run(),
                        read().where(predicate).rangePartitioned("score", 0, 100, 3).run())) {
                    assertThat(filtered).as("rows read with predicate %s (pushed to the connector: %s; left to the runtime: %s),"
                                    + " against the same predicate evaluated by PredicateEvaluator over an unfiltered read",
                            predicate, filtered.plan().splits().get(0).pushed(), filtered.plan().splits().get(0).residual())
                            .containsExactlyRowsInAnyOrder(expected);
                }
            }
        }

        @Test
        @DisplayName("a limit holds")
        void limitHolds() throws Exception {
            List<Row> seeded = seed(ROWS);
            for (ReadResult limited : List.of(read().limit(7).run(), read().limit(7).hashPartitioned("id", 3).run(),
                    read().limit(5).where(Predicate.ge("score", 0)).run())) {
                assertThat(limited).as("a read limited to %s rows", limited.plan().limit()).hasRowCount(limited.plan().limit().orElseThrow());
                assertThat(seeded).containsRowsInAnyOrder(limited.rows());
            }
            assertThat(read().limit(ROWS * 2L).run()).as("a limit above the row count").containsExactlyRowsInAnyOrder(seeded);
            assertThat(read().limit(0).run()).as("a limit of zero").hasRowCount(0);
        }
    }

    @Nested
    @DisplayName("bookmarks")
    class BookmarkCases {
        private BookmarkKey key() {
            return new BookmarkKey(harness.jobName(), context.entity());
        }

        @Test
        @DisplayName("sequential runs with inserts in between return only the new rows")
        void sequentialRunsReturnOnlyNewRows() throws Exception {
            List<Row> seeded = seed(ROWS);
            ReadResult first = bookmarked().run();
            assertThat(first).as("the first bookmarked run").containsExactlyRowsInAnyOrder(seeded);
            assertThat(harness.bookmarkStore().load(key())).as("the bookmark before commit()").isAbsent();
            first.commit();
            List<Row> inserted = ConformanceData.list(ROWS, 30);
            context.insert(inserted);
            ReadResult second = bookmarked().run();
            assertThat(second).as("the run after %s, with 30 rows inserted", first.bookmark().orElseThrow())
                    .containsExactlyRowsInAnyOrder(inserted).bookmarkAdvancedTo(ConformanceData.row(ROWS + 29).get(3), ROWS + 29L);
            second.commit();
            assertThat(bookmarked().run()).as("a run with nothing new").hasRowCount(0).bookmarkUnchanged();
        }

        @Test
        @DisplayName("a run that fails before commit is read again, skipping nothing")
        void failedRunSkipsNothing() throws Exception {
            seed(ROWS);
            ReadResult first = bookmarked().run();
            first.commit();
            List<Row> inserted = ConformanceData.list(ROWS, 10);
            context.insert(inserted);
            ReadResult failed = bookmarked().run();
            assertThat(failed).as("the run whose job fails before commit()").containsExactlyRowsInAnyOrder(inserted);
            assertThat(harness.bookmarkStore().load(key())).as("the bookmark after a run without commit").isEqualTo(first.bookmark());
            assertThat(bookmarked().run()).as("the retry of a run that was not committed").containsExactlyRowsInAnyOrder(inserted);
        }

        @Test
        @DisplayName("a future bookmark returns no rows and is kept")
        void futureBookmarkReturnsNothing() throws Exception {
            seed(ROWS);
            BookmarkState future = new BookmarkState(BOOKMARK.keys(), SortOrder.ASC,
                    List.of(ConformanceData.START.plus(Duration.ofDays(365 * 100)), Long.MAX_VALUE));
            harness.bookmarkStore().save(key(), future);
            ReadResult run = bookmarked().run();
            assertThat(run).as("a run after the future bookmark %s", future).hasRowCount(0).bookmarkUnchanged();
            run.commit();
            assertThat(harness.bookmarkStore().load(key())).as("the bookmark after committing the empty run")
                    .isEqualTo(Optional.of(future));
        }

        @Test
        @DisplayName("rows that tie the bookmark's first key at the boundary are not lost")
        void equalKeysAtTheBoundaryAreRead() throws Exception {
            seed(ROWS);
            ReadResult first = bookmarked().run();
            first.commit();
            List<Row> ties = ConformanceData.list(ROWS, 3);
            assertThat(ties.get(0).get(3)).as("the conformance data puts the first inserted row at the committed updated_at")
                    .isEqualTo(first.bookmark().orElseThrow().values().get(0));
            context.insert(ties);
            assertThat(bookmarked().run())
                    .as("the run after %s: rows with that same updated_at and a greater id must be read",
                            first.bookmark().orElseThrow())
                    .containsExactlyRowsInAnyOrder(ties);
        }
    }

    @Nested
    @DisplayName("writes")
    class WriteCases {
        private void assumeWrites(WriteOperationType operation, boolean allOrNone) {
            WriteCapabilities writes = harness.descriptor().writeCapabilities();
            assumeTrue(writes.operations().contains(operation), "the connector declares no " + operation + " writes");
            assumeTrue(!allOrNone || writes.allOrNone(), "the connector declares no all-or-none writes");
        }

        private ReadResult readBack() {
            return read().run();
        }

        @Test
        @DisplayName("inserted rows are read back")
        void insertThenReadBack() throws Exception {
            assumeWrites(WriteOperationType.INSERT, false);
            List<Row> seeded = seed(10);
            List<Row> inserted = ConformanceData.list(10, 5);
            assertThat(write().insert(inserted)).allRecordsSucceeded().hasRecordCount(5);
            List<Row> all = new ArrayList<>(seeded);
            all.addAll(inserted);
            assertThat(readBack()).as("the entity after inserting ids 10..14").containsExactlyRowsInAnyOrder(all);
        }

        @Test
        @DisplayName("an upsert applied twice is idempotent")
        void upsertTwiceIsIdempotent() throws Exception {
            assumeWrites(WriteOperationType.UPSERT, false);
            List<Row> seeded = seed(10);
            Row changed = Row.of(3L, "renamed", 42, ConformanceData.START);
            Row added = ConformanceData.row(50);
            List<Row> expected = new ArrayList<>(seeded);
            expected.set(3, changed);
            expected.add(added);
            for (int attempt = 1; attempt <= 2; attempt++) {
                assertThat(write().upsert(changed, added)).as("upsert #%d", attempt).allRecordsSucceeded();
                assertThat(readBack()).as("the entity after upsert #%d of id 3 (changed) and id 50 (new)", attempt)
                        .containsExactlyRowsInAnyOrder(expected);
            }
        }

        @Test
        @DisplayName("an all-or-none batch with a failing record writes nothing")
        void allOrNoneLeavesNothingOnFailure() throws Exception {
            assumeWrites(WriteOperationType.INSERT, true);
            List<Row> seeded = seed(10);
            WriteResult result = write().allOrNone().insert(ConformanceData.row(20), ConformanceData.row(5), ConformanceData.row(21));
            assertThat(result.isAllSucceeded()).as("an insert of existing id 5 must fail (ids are the primary key)").isFalse();
            assertThat(result).hasRecordCount(3);
            assertThat(readBack()).as("the entity after a failed all-or-none insert of ids 20, 5 (existing), 21")
                    .containsExactlyRowsInAnyOrder(seeded);
        }

        @Test
        @DisplayName("overwrite replaces the entity's rows")
        void overwriteReplacesTheRows() throws Exception {
            assumeWrites(WriteOperationType.INSERT, false);
            assumeTrue(harness.descriptor().writeCapabilities().truncate(),
                    "the connector declares no truncate (@WriteOperation(truncate = true)), so it cannot overwrite");
            seed(10);
            List<Row> replacement = ConformanceData.list(100, 3);
            assertThat(write().truncateFirst().insert(replacement)).allRecordsSucceeded().hasRecordCount(3);
            assertThat(readBack()).as("the entity after overwriting its 10 rows (ids 0..9) with ids 100..102")
                    .containsExactlyRowsInAnyOrder(replacement);
            assertThat(write().truncateFirst().insert(List.of())).hasRecordCount(0);
            assertThat(readBack()).as("the entity after an overwrite with no rows").containsExactlyRowsInAnyOrder(List.of());
        }

        private dev.dovetail.harness.HarnessWrite write() {
            return harness.write(context.entity()).columns(ConformanceData.COLUMNS.toArray(String[]::new));
        }
    }

    @Nested
    @DisplayName("Amazon AppFlow")
    class AppFlowCases {
        @BeforeEach
        void assumeTheAppFlowHost() {
            assumeTrue(dev.dovetail.harness.HostRuntimes.appflowAvailable(),
                    "the AppFlow host (dev.dovetail:connector-host-appflow) is not on the class path");
        }

        @Test
        @DisplayName("the entity describes with the fields the harness describes")
        void entityDescribes() throws Exception {
            seed(ROWS);
            assertThat(AppFlowConformance.describedFields(harness, context.entity()))
                    .as("the fields AppFlow's DescribeEntity gives for %s", context.entity())
                    .containsExactlyElementsOf(harness.describe(context.entity()).fields().stream()
                            .map(field -> field.name().toLowerCase(java.util.Locale.ROOT)).toList());
        }

        @Test
        @DisplayName("a query across pages and splits returns every row exactly once")
        void pagesReturnEveryRowOnce() throws Exception {
            List<Row> seeded = seed(ROWS);
            ConnectorHarness partitioned = harness.withOption("partitionColumn", "score").withOption("lowerBound", "0")
                    .withOption("upperBound", "100").withOption("numPartitions", "4");
            assertThat(AppFlowConformance.ids(partitioned, context.entity(), ""))
                    .as("the ids of %d rows read in pages of %d from 4 splits", ROWS, AppFlowConformance.PAGE)
                    .containsExactlyInAnyOrderElementsOf(seeded.stream().map(row -> (Long) row.get(0)).toList());
        }

        @Test
        @DisplayName("a filter expression returns the rows the same predicate reads")
        void filterMatchesTheHarness() throws Exception {
            List<Long> expected = seed(ROWS).stream()
                    .filter(row -> row.get(2) instanceof Integer score && score >= 40 && score < 70)
                    .map(row -> (Long) row.get(0)).toList();
            assertThat(AppFlowConformance.ids(harness, context.entity(), "score >= 40 and score < 70"))
                    .as("the ids for the filter 'score >= 40 and score < 70'").containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Nested
    @DisplayName("robustness")
    class RobustnessCases {
        @Test
        @DisplayName("a connector exception surfaces with its code and split")
        void connectorExceptionsSurface() throws Exception {
            seed(ROWS);
            Optional<ErrorCode> code = context.breakEntity();
            assumeTrue(code.isPresent(), "the context cannot break the entity (ConformanceContext.breakEntity)");
            ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                    () -> read().rangePartitioned("score", 0, 100, 4).run());
            assertThat(failure).as("reading the broken entity must throw a ConnectorException").isNotNull();
            assertThat(failure.code()).as("the code of '%s'", failure.getMessage()).isEqualTo(code.get());
            assertThat(failure.split()).as("the split of '%s'", failure.getMessage()).isPresent();
            assertThat(failure.getMessage()).contains(failure.split().orElseThrow().describe());
        }

        @Test
        @DisplayName("counting a large entity keeps no rows")
        void largeEntityCountsInConstantMemory() throws Exception {
            int rows = context.largeRowCount();
            context.seed(ConformanceData.rows(0, rows));
            long before = usedHeapAfterGc();
            ReadResult counted = read().hashPartitioned("id", 4).count();
            long retained = usedHeapAfterGc() - before;
            assertThat(counted).hasRowCount(rows);
            assertThat(counted.splits()).as("rows kept by count()").allSatisfy(split -> assertThat(split.rows()).hasRowCount(0));
            assertThat(counted.splits().stream().mapToLong(SplitResult::rowCount).sum()).isEqualTo(rows);
            assertThat(retained).as("bytes of heap retained after counting %d rows", rows)
                    .isLessThan(Math.max(4L << 20, rows * 40L));
            Reference.reachabilityFence(counted);
        }

        private long usedHeapAfterGc() {
            var memory = ManagementFactory.getMemoryMXBean();
            memory.gc();
            memory.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }
    }

    private static List<String> causeMessages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
            messages.add(cause.toString());
        }
        return messages;
    }
}
