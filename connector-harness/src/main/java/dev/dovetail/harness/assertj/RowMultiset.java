package dev.dovetail.harness.assertj;

import dev.dovetail.api.read.Row;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rows as a multiset (each distinct row and how often it occurs), and the differences between two of
 * them as a message, for the row assertions of {@link ReadResultAssert} and {@link RowsAssert}.
 */
final class RowMultiset {
    private final Map<Row, Integer> counts = new LinkedHashMap<>();

    RowMultiset(Collection<Row> rows) {
        rows.forEach(row -> counts.merge(row, 1, Integer::sum));
    }

    /** The rows of this multiset that {@code other} lacks, each as often as it is lacking. */
    List<Row> minus(RowMultiset other) {
        List<Row> missing = new ArrayList<>();
        counts.forEach((row, count) -> {
            for (int i = other.counts.getOrDefault(row, 0); i < count; i++) {
                missing.add(row);
            }
        });
        return missing;
    }

    /**
     * Why {@code actual} does not hold exactly {@code expected} (or at least it, when {@code exactly}
     * is false), as a message about {@code subject}; empty when it does.
     */
    static Optional<String> difference(Object subject, Collection<Row> actual, Collection<Row> expected,
                                       boolean exactly) {
        RowMultiset have = new RowMultiset(actual);
        RowMultiset want = new RowMultiset(expected);
        List<Row> missing = want.minus(have);
        List<Row> unexpected = exactly ? have.minus(want) : List.of();
        if (missing.isEmpty() && unexpected.isEmpty()) {
            return Optional.empty();
        }
        String expectation = exactly ? "to contain exactly these " + expected.size() + " rows, in any order"
                : "to contain at least these " + expected.size() + " rows, in any order";
        StringBuilder message = new StringBuilder(Failure.expecting(subject, expectation,
                Failure.lines(expected), actual.size() + " rows:%n  ".formatted() + Failure.lines(actual)));
        message.append("%nmissing (%d):%n  %s".formatted(missing.size(), Failure.lines(missing)));
        if (exactly) {
            message.append("%nunexpected (%d):%n  %s".formatted(unexpected.size(), Failure.lines(unexpected)));
        }
        return Optional.of(message.toString());
    }
}
