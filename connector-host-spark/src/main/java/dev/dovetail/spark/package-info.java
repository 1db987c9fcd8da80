/**
 * The Spark 3.5 DataSource V2 host, which makes every Dovetail connector an AWS Glue custom Spark
 * connector. For connector {@code p.X} the annotation processor generates {@code p.XSparkSource}, a
 * {@link dev.dovetail.spark.DovetailSparkSource} registered under the short name {@code dovetail-<name>};
 * everything else lives here and drives the host-neutral runtime of {@code dev.dovetail.api.runtime}
 * exactly as every host does:
 * <ul>
 *   <li>on the driver, the options are validated and the entity described ({@code DovetailTable}); a scan
 *       takes the filters, columns and limit the connector applies ({@code DovetailScanBuilder},
 *       {@code SparkPredicates}) and plans the splits with {@code ReadPlanner} ({@code DovetailScan});</li>
 *   <li>on the executors, each split is read in its own session with {@code SplitReader}, the connector's
 *       pushed rows bridged to Spark's pull by a producer thread ({@code SplitHandOff}) filling reused
 *       column vectors when every read column is flat ({@code SplitColumnarReader}, {@code ColumnVectorSink})
 *       or reused rows when one is nested ({@code SplitRowReader}, {@code InternalRowSink});
 *       {@link dev.dovetail.spark.SparkRowPath} gives benchmarks these sinks alone; writes go in batches through
 *       {@code WritePlanner} to the connector's {@code @WriteOperation} ({@code DovetailDataWriter}), after the
 *       driver has emptied the entity for {@code mode("overwrite")} ({@code DovetailWriteBuilder});</li>
 *   <li>types and values map one way ({@link dev.dovetail.spark.SparkTypes}); the host's own options are
 *       {@link dev.dovetail.spark.SparkOptions}; job bookmarks are committed by
 *       {@link dev.dovetail.spark.DovetailJob}.</li>
 * </ul>
 * Spark itself is a provided dependency: Glue and every Spark cluster bring their own.
 */
package dev.dovetail.spark;
