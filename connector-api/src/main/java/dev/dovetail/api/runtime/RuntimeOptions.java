package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.bookmark.BookmarkSpec;
import dev.dovetail.api.bookmark.SortOrder;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.OptionProblem;
import dev.dovetail.api.option.StandardOptions;
import dev.dovetail.api.partition.PartitioningSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the values of the options the runtime itself interprets ({@link StandardOptions}: partitioning
 * and job bookmarks) before any work, so that {@code numPartitions=four} or
 * {@code jobBookmarkKeysSortOrder=up} is reported by validation with every other problem, not only when a
 * read is planned. Each value that does not parse is a problem of its own option; options that
 * contradict each other (a {@code hashfield} with a {@code partitionColumn}) are one conflict.
 */
final class RuntimeOptions {
    private RuntimeOptions() {
    }

    /** Every problem with the runtime's options in {@code options}; empty if none. */
    static List<OptionProblem> problems(ConnectionOptions options) {
        List<OptionProblem> problems = new ArrayList<>();
        for (String key : List.of(StandardOptions.NUM_PARTITIONS, StandardOptions.HASH_PARTITIONS)) {
            check(problems, key, OptionProblem.Kind.INVALID, () -> options.getInt(key));
        }
        check(problems, StandardOptions.JOB_BOOKMARK_LAG_WINDOW, OptionProblem.Kind.INVALID,
                () -> options.getDuration(StandardOptions.JOB_BOOKMARK_LAG_WINDOW));
        check(problems, StandardOptions.JOB_BOOKMARK_KEYS_SORT_ORDER, OptionProblem.Kind.INVALID,
                () -> options.getNonBlank(StandardOptions.JOB_BOOKMARK_KEYS_SORT_ORDER).ifPresent(SortOrder::parse));
        if (problems.isEmpty()) {
            check(problems, StandardOptions.PARTITION_COLUMN, OptionProblem.Kind.CONFLICT,
                    () -> PartitioningSpec.fromOptions(options));
            check(problems, StandardOptions.JOB_BOOKMARK_KEYS, OptionProblem.Kind.CONFLICT,
                    () -> BookmarkSpec.fromOptions(options));
        }
        return List.copyOf(problems);
    }

    private static void check(List<OptionProblem> problems, String option, OptionProblem.Kind kind, Runnable parse) {
        try {
            parse.run();
        } catch (ConnectorException e) {
            problems.add(new OptionProblem(option, kind, e.getMessage()));
        }
    }
}
