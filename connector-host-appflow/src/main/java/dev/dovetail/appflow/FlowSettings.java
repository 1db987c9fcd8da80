package dev.dovetail.appflow;

import dev.dovetail.api.option.SettingDefinition;
import dev.dovetail.api.option.SettingScope;
import dev.dovetail.api.option.SettingType;
import dev.dovetail.api.option.StandardOptions;
import dev.dovetail.api.spi.ConnectorDescriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The settings an AppFlow profile or flow may give: the connector's own, then the runtime's partitioning
 * options (Glue's names) as source-scope settings, so that a flow can read a large entity in several splits.
 * The runtime interprets and validates the latter itself; the connector never declares them.
 */
final class FlowSettings {
    private static final List<SettingDefinition> PARTITIONING = List.of(
            source(StandardOptions.PARTITION_COLUMN, SettingType.STRING, "Partition column",
                    "A numeric, date or timestamp column to split the read on (with lowerBound, upperBound, numPartitions)"),
            source(StandardOptions.LOWER_BOUND, SettingType.STRING, "Lower bound",
                    "The low end of the partition stride; it never filters rows"),
            source(StandardOptions.UPPER_BOUND, SettingType.STRING, "Upper bound",
                    "The high end of the partition stride; it never filters rows"),
            source(StandardOptions.NUM_PARTITIONS, SettingType.INT, "Number of partitions",
                    "How many splits a column-range read has"),
            source(StandardOptions.HASH_FIELD, SettingType.STRING, "Hash field",
                    "A column of any type to split the read on by hash (instead of partitionColumn)"),
            source(StandardOptions.HASH_PARTITIONS, SettingType.INT, "Hash partitions",
                    "How many splits a hash read has (default " + StandardOptions.DEFAULT_HASH_PARTITIONS + ")"));

    private FlowSettings() {
    }

    /** The connector's settings, then the runtime's partitioning options. */
    static List<SettingDefinition> all(ConnectorDescriptor descriptor) {
        List<SettingDefinition> all = new ArrayList<>(descriptor.settings());
        all.addAll(PARTITIONING);
        return List.copyOf(all);
    }

    /** The setting called {@code name}, ignoring case. */
    static Optional<SettingDefinition> find(ConnectorDescriptor descriptor, String name) {
        return all(descriptor).stream().filter(setting -> setting.name().equalsIgnoreCase(name)).findFirst();
    }

    private static SettingDefinition source(String name, SettingType type, String label, String description) {
        return SettingDefinition.builder(name, type).label(label).description(description).scope(SettingScope.SOURCE).build();
    }
}
