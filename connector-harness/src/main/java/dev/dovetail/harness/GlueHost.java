package dev.dovetail.harness;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.runtime.EntitySelection;
import dev.dovetail.api.runtime.FilterPredicateOption;

/**
 * A read as AWS Glue (a Spark DataSource V2 scan) would run it, without Spark: the entity is the
 * {@code dbTable} option; the splits come from the Glue options ({@code partitionColumn},
 * {@code lowerBound}, {@code upperBound}, {@code numPartitions}, {@code hashfield},
 * {@code hashexpression}, {@code hashpartitions}); the bookmark from {@code jobBookmarkKeys} and
 * {@code jobBookmarkKeysSortOrder}. {@code filterPredicate} is the connector's own option when it declares
 * a setting of that name (the JDBC connector does); otherwise it reaches the connector as a native
 * condition, like any other predicate.
 * The columns Spark prunes to, the filters it pushes and its limit are given with {@link GlueRead}.
 *
 * <p>It is honest by construction: it plans with the same {@code ReadPlanner} and the connector's declared
 * capabilities, and reads each split in its own session with the same {@code SplitReader}, as the
 * harness's own reads do; the result exposes the plan so a test can see what was pushed and what the
 * runtime evaluated.
 */
public final class GlueHost {
    /** Glue's option for a filter in the connector's own language (for JDBC, a SQL condition). */
    public static final String FILTER_PREDICATE = FilterPredicateOption.NAME;

    private final ConnectorHarness harness;

    GlueHost(ConnectorHarness harness) {
        this.harness = harness;
    }

    /**
     * A read of the entity the {@code dbTable} option names or, without it, of the connector's only entity
     * (as the JDBC connector's {@code query} is), as the Spark host chooses it.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} listing the entities if the option is
     *     absent and the connector has several
     */
    public GlueRead read() {
        return read(EntitySelection.select(harness.options(), harness::listEntities));
    }

    /** A read of {@code entity}, partitioned and bookmarked as the Glue options say. */
    public GlueRead read(String entity) {
        if (FilterPredicateOption.isConnectorSetting(harness.descriptor())) {
            return new GlueRead(harness.read(entity));
        }
        HarnessRead read = harness.withoutOption(FILTER_PREDICATE).read(entity);
        FilterPredicateOption.condition(harness.descriptor(), harness.options()).ifPresent(read::where);
        return new GlueRead(read);
    }
}
