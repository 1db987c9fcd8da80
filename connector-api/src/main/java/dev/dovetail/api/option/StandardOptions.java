package dev.dovetail.api.option;

import java.util.Set;
import java.util.TreeSet;

/**
 * The option names the runtime itself interprets for every connector, spelt as Glue spells them (they
 * match ignoring case). A connector must not declare settings with these names.
 */
public final class StandardOptions {
    /** The connector class Glue loads; informational here. */
    public static final String CLASS_NAME = "className";
    /** A secret whose keys are merged into the options; see {@link dev.dovetail.api.auth.SecretMerge}. */
    public static final String SECRET_ID = "secretId";
    /**
     * A stored connection whose properties are the base of the options, the options given explicitly winning
     * (resolved by the host's {@link dev.dovetail.api.auth.ConnectionCatalog}); see
     * {@link dev.dovetail.api.auth.ConnectionMerge}.
     */
    public static final String CONNECTION_NAME = "connectionName";
    /** The entity to read or write. */
    public static final String DB_TABLE = "dbTable";

    /** Column-range partitioning: the column. */
    public static final String PARTITION_COLUMN = "partitionColumn";
    /** Column-range partitioning: the lower bound of the stride (it never filters rows). */
    public static final String LOWER_BOUND = "lowerBound";
    /** Column-range partitioning: the upper bound of the stride (it never filters rows). */
    public static final String UPPER_BOUND = "upperBound";
    /** Column-range partitioning: the number of splits. */
    public static final String NUM_PARTITIONS = "numPartitions";
    /** Hash partitioning: the column to hash. */
    public static final String HASH_FIELD = "hashfield";
    /** Hash partitioning: a native expression returning a whole number, instead of a column. */
    public static final String HASH_EXPRESSION = "hashexpression";
    /** Hash partitioning: the number of splits (default {@value #DEFAULT_HASH_PARTITIONS}). */
    public static final String HASH_PARTITIONS = "hashpartitions";
    /** Glue's default number of hash partitions. */
    public static final int DEFAULT_HASH_PARTITIONS = 7;

    /** Job bookmarks: comma-separated key columns, compared as a tuple. */
    public static final String JOB_BOOKMARK_KEYS = "jobBookmarkKeys";
    /** Job bookmarks: {@code asc} (default) or {@code desc}. */
    public static final String JOB_BOOKMARK_KEYS_SORT_ORDER = "jobBookmarkKeysSortOrder";
    /** Job bookmarks: read only keys older than now minus this duration (ISO-8601 or seconds). */
    public static final String JOB_BOOKMARK_LAG_WINDOW = "jobBookmarkLagWindow";
    /** Job bookmarks: the job whose bookmark this is. */
    public static final String JOB_NAME = "jobName";
    /** Job bookmarks: the source within the job (Glue's {@code transformation_ctx}). */
    public static final String TRANSFORMATION_CONTEXT = "transformationContext";

    private static final Set<String> RUNTIME_KEYS = caseInsensitive(Set.of(
            CLASS_NAME, SECRET_ID, CONNECTION_NAME, DB_TABLE,
            PARTITION_COLUMN, LOWER_BOUND, UPPER_BOUND, NUM_PARTITIONS,
            HASH_FIELD, HASH_EXPRESSION, HASH_PARTITIONS,
            JOB_BOOKMARK_KEYS, JOB_BOOKMARK_KEYS_SORT_ORDER, JOB_BOOKMARK_LAG_WINDOW,
            JOB_NAME, TRANSFORMATION_CONTEXT));

    private StandardOptions() {
    }

    /** Every name above, as a set whose lookups ignore case. */
    public static Set<String> runtimeKeys() {
        return RUNTIME_KEYS;
    }

    /** Whether {@code name} is one of the runtime's option names, ignoring case. */
    public static boolean isRuntimeKey(String name) {
        return RUNTIME_KEYS.contains(name);
    }

    private static Set<String> caseInsensitive(Set<String> names) {
        TreeSet<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(names);
        return java.util.Collections.unmodifiableSet(set);
    }
}
