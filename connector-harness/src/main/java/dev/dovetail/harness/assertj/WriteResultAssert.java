package dev.dovetail.harness.assertj;

import dev.dovetail.api.write.RecordResult;
import dev.dovetail.api.write.WriteResult;
import org.assertj.core.api.AbstractAssert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Assertions on a {@link WriteResult}: which records of the batch were written. */
public final class WriteResultAssert extends AbstractAssert<WriteResultAssert, WriteResult> {

    WriteResultAssert(WriteResult actual) {
        super(actual, WriteResultAssert.class);
    }

    /** The batch had {@code expected} records. */
    public WriteResultAssert hasRecordCount(int expected) {
        isNotNull();
        if (actual.records().size() != expected) {
            failWithMessage("%s", Failure.expecting("write result", "to report this many records", expected,
                    actual.records().size()));
        }
        return myself;
    }

    /** Every record was written. */
    public WriteResultAssert allRecordsSucceeded() {
        isNotNull();
        List<Integer> failed = failedIndexes();
        if (!failed.isEmpty()) {
            failWithMessage("%s", Failure.expecting("write of " + actual.records().size() + " records",
                    "to succeed for every record", "no failed records", "failed records:%n  ".formatted()
                            + Failure.lines(failures(failed))));
        }
        return myself;
    }

    /** Exactly the records at {@code indexes} (positions in the batch, from 0) failed. */
    public WriteResultAssert hasFailedRecords(int... indexes) {
        isNotNull();
        List<Integer> expected = Arrays.stream(indexes).sorted().boxed().toList();
        List<Integer> failed = failedIndexes();
        if (!failed.equals(expected)) {
            failWithMessage("%s", Failure.expecting("write of " + actual.records().size() + " records",
                    "to fail exactly the records", expected, failed.isEmpty() ? "no failed records"
                            : failed + ":%n  ".formatted() + Failure.lines(failures(failed))));
        }
        return myself;
    }

    private List<Integer> failedIndexes() {
        return IntStream.range(0, actual.records().size()).filter(i -> !actual.records().get(i).success()).boxed().toList();
    }

    private List<String> failures(List<Integer> indexes) {
        List<String> lines = new ArrayList<>();
        for (int index : indexes) {
            RecordResult record = actual.records().get(index);
            lines.add("#" + index + ": " + record.error().orElse("(no reason given)"));
        }
        return lines;
    }
}
