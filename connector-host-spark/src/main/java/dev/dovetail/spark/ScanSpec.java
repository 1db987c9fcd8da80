package dev.dovetail.spark;

import dev.dovetail.api.predicate.Predicate;

import java.util.List;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * What Spark asked of a scan once pushdown is over: the columns it reads (possibly none, as for
 * {@code count(*)}), the filter the connector applies and the limit each split may stop at.
 *
 * @param columns the entity's columns Spark reads, in Spark's order; empty when Spark needs no column
 * @param filter the translated, pushable filters Spark handed over; TRUE for none
 * @param limit the most rows Spark needs, if it pushed a limit
 */
record ScanSpec(List<String> columns, Predicate filter, OptionalLong limit) {
    ScanSpec {
        columns = List.copyOf(columns);
        requireNonNull(filter, "filter is null");
        requireNonNull(limit, "limit is null");
    }
}
