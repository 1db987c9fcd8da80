package dev.dovetail.api.runtime;

import dev.dovetail.api.TestSupport;
import dev.dovetail.api.auth.InMemorySecretResolver;
import dev.dovetail.api.bookmark.BookmarkState;
import dev.dovetail.api.bookmark.BookmarkStore;
import dev.dovetail.api.bookmark.InMemoryBookmarkStore;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.read.Row;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs reads the way a host does: plan with one session, then read every split with a session of its
 * own from a serialized copy of its plan (as a Spark executor would), collecting each split's rows.
 */
final class Reads {
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    static final LocalDate D0 = LocalDate.of(2024, 1, 1);
    private static final List<String> NAMES = List.of("Ada", "Bea", "Cal", "Dan", "Eve");

    private Reads() {
    }

    /** The outcome of a whole read. */
    record Result(ReadPlan plan, List<List<Row>> perSplit, List<SplitOutcome> outcomes) {
        List<Row> rows() {
            return perSplit.stream().flatMap(List::stream).toList();
        }

        /** The rows a caller returns: the union, truncated to the read's limit. */
        List<Row> limitedRows() {
            List<Row> all = rows();
            return plan.limit().isPresent() ? all.subList(0, (int) Math.min(all.size(), plan.limit().getAsLong())) : all;
        }

        Optional<BookmarkState> nextBookmark() {
            return plan.nextBookmark(outcomes);
        }
    }

    /**
     * A connector holding 34 people: ids 1..30 with names like {@code Bea1}, update times repeating every
     * ten ids (so several rows share a time), scores id * 1.5 and days 2024-01-01 + id; and four rows with
     * NULLs in various columns.
     */
    static MemoryConnector people() {
        MemoryConnector connector = new MemoryConnector();
        for (long id = 1; id <= 30; id++) {
            connector.insert(id, NAMES.get((int) (id % 5)) + id, T0.plus(id % 10, ChronoUnit.HOURS), id * 1.5,
                    D0.plusDays(id));
        }
        connector.insert(null, "Nobody", T0.plus(3, ChronoUnit.HOURS), null, null);
        connector.insert(31L, null, null, 46.5, D0);
        connector.insert(32L, "Zed32", null, null, null);
        connector.insert(null, null, null, null, null);
        return connector;
    }

    static Clock clockAt(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    static Result read(MemoryConnector connector, ReadQuery query) {
        return read(connector, query, new InMemoryBookmarkStore(), clockAt(T0.plus(365, ChronoUnit.DAYS)));
    }

    static Result read(MemoryConnector connector, ReadQuery query, BookmarkStore store, Clock clock) {
        ConnectorRuntime runtime = new ConnectorRuntime(connector, new InMemorySecretResolver(), List.of());
        ReadPlan plan;
        try (RuntimeSession session = runtime.open(ConnectionOptions.empty())) {
            plan = ReadPlanner.plan(session, connector.readCapabilities(), query, store, clock);
        }
        List<List<Row>> perSplit = new ArrayList<>();
        List<SplitOutcome> outcomes = new ArrayList<>();
        for (SplitPlan split : plan.splits()) {
            SplitPlan shipped = TestSupport.roundTrip(split);
            RowCollector collector = new RowCollector(plan.output());
            try (RuntimeSession session = runtime.open(ConnectionOptions.empty())) {
                outcomes.add(TestSupport.roundTrip(SplitReader.read(session, shipped, collector)));
            }
            perSplit.add(collector.rows());
        }
        return new Result(plan, perSplit, outcomes);
    }
}
