package dev.dovetail.api.write;

import java.util.List;

/**
 * The outcome of a write: one {@link RecordResult} per record, in batch order. In an all-or-none write
 * that failed, every record is reported failed.
 *
 * @param records the per-record results
 */
public record WriteResult(List<RecordResult> records) {

    public WriteResult {
        records = List.copyOf(records);
    }

    /** A result of {@code count} successes without ids. */
    public static WriteResult allSucceeded(int count) {
        return new WriteResult(java.util.Collections.nCopies(count, RecordResult.succeeded()));
    }

    /** Whether every record was written. */
    public boolean isAllSucceeded() {
        return records.stream().allMatch(RecordResult::success);
    }

    /** The number of records written. */
    public long successCount() {
        return records.stream().filter(RecordResult::success).count();
    }

    /** The number of records not written. */
    public long failureCount() {
        return records.size() - successCount();
    }
}
