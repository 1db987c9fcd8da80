package dev.dovetail.harness;

import dev.dovetail.api.predicate.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * A Glue read being set up: what Spark would hand the scan builder (pruned columns, pushed filters, a
 * pushed limit), then {@link #run()} or {@link #count()}.
 */
public final class GlueRead {
    private final HarnessRead read;

    GlueRead(HarnessRead read) {
        this.read = read;
    }

    /** The columns Spark prunes the scan to ({@code SupportsPushDownRequiredColumns}). */
    public GlueRead select(String... columns) {
        read.columns(columns);
        return this;
    }

    /** A filter Spark offers the scan ({@code SupportsPushDownV2Filters}); several must all hold. */
    public GlueRead filter(Predicate filter) {
        read.where(requireNonNull(filter, "filter is null"));
        return this;
    }

    /** The limit Spark offers the scan ({@code SupportsPushDownLimit}). */
    public GlueRead limit(long rows) {
        read.limit(rows);
        return this;
    }

    /** Plans and reads every split, keeping the rows. */
    public GlueReadResult run() {
        return new GlueReadResult(read.run());
    }

    /** Plans and reads every split, keeping only counts. */
    public GlueReadResult count() {
        return new GlueReadResult(read.count());
    }
}
