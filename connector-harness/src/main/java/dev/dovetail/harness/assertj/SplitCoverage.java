package dev.dovetail.harness.assertj;

import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.Split;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that the splits of one read divide a set of rows: every row is read by exactly one split (as
 * often as it occurs), and no split reads a row outside the set. Problems name the row and the splits.
 */
final class SplitCoverage {
    /** The rows one split returned (or would return). */
    record SplitRows(Split split, List<Row> rows) {
    }

    private SplitCoverage() {
    }

    /** Why {@code splits} do not divide {@code expected}, as a message about {@code subject}; empty if they do. */
    static Optional<String> check(Object subject, List<SplitRows> splits, Collection<Row> expected) {
        Map<Row, Integer> wanted = new LinkedHashMap<>();
        expected.forEach(row -> wanted.merge(row, 1, Integer::sum));
        Map<Row, List<Split>> readBy = new LinkedHashMap<>();
        for (SplitRows split : splits) {
            split.rows().forEach(row -> readBy.computeIfAbsent(row, key -> new ArrayList<>()).add(split.split()));
        }
        List<String> problems = new ArrayList<>();
        wanted.forEach((row, count) -> {
            List<Split> readers = readBy.getOrDefault(row, List.of());
            if (readers.isEmpty()) {
                problems.add("row " + row + " was read by no split");
            } else if (readers.size() > count) {
                problems.add("row " + row + " was read " + readers.size() + " times (expected " + count + ") by splits "
                        + describe(readers) + ": the splits overlap");
            } else if (readers.size() < count) {
                problems.add("row " + row + " was read " + readers.size() + " times (expected " + count + ")");
            }
        });
        readBy.forEach((row, readers) -> {
            if (!wanted.containsKey(row)) {
                problems.add("row " + row + " is not among the expected rows but was read by splits " + describe(readers));
            }
        });
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Failure.expecting(subject,
                "to read each of the " + expected.size() + " rows in exactly one of its " + splits.size() + " splits",
                describe(splits.stream().map(SplitRows::split).toList()),
                problems.size() + " problems:%n  ".formatted() + Failure.lines(problems)));
    }

    private static String describe(List<Split> splits) {
        return String.join(", ", splits.stream().map(Split::describe).toList());
    }
}
