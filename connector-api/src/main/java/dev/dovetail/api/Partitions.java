package dev.dovetail.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an optional method that plans the splits of a read, for connectors that divide work their own
 * way (files, shards, pages):
 * <pre>{@code public List<Split> plan(S session, PartitionRequest request)}</pre>
 * The splits must be disjoint and cover every row. Without this method the
 * {@link dev.dovetail.api.partition.StandardPlanner} is used, and a planner may delegate to it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Partitions {
}
