package dev.dovetail.harness.conformance;

import dev.dovetail.harness.AppFlowHost;
import dev.dovetail.harness.ConnectorHarness;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The AppFlow requests of the conformance suite's AppFlow cases. Kept apart from the suite, so that the suite's
 * classes load without the AppFlow host on the class path and those cases are skipped, not broken.
 */
final class AppFlowConformance {
    /** The page size the queries use: small, so that a hundred rows take many pages. */
    static final int PAGE = 7;

    private AppFlowConformance() {
    }

    /** The field names, lower-cased, that AppFlow's DescribeEntity gives for {@code entity}. */
    static List<String> describedFields(ConnectorHarness harness, String entity) {
        return AppFlowHost.requireSuccess(harness.appflow().describeEntity(entity)).entityDefinition().orElseThrow()
                .fields().stream().map(field -> field.fieldName().toLowerCase(Locale.ROOT)).toList();
    }

    /** The ids of every record a paged query of {@code entity} with {@code filter} returns. */
    static List<Long> ids(ConnectorHarness harness, String entity, String filter) {
        return harness.appflow().queryAllRecords(entity, ConformanceData.COLUMNS, filter, PAGE).stream()
                .map(AppFlowConformance::id).toList();
    }

    private static long id(Map<String, Object> record) {
        return record.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase("id")).findFirst()
                .map(entry -> ((Number) entry.getValue()).longValue())
                .orElseThrow(() -> new AssertionError("an AppFlow record without an id: " + record.keySet()));
    }
}
