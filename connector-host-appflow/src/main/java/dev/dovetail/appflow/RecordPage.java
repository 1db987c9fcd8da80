package dev.dovetail.appflow;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The records of one response page, filled split after split: it skips the rows of a split earlier pages
 * returned, keeps records while the record count, the response size and the time left allow, and refuses the
 * first record that does not fit, which is where the next page starts. The size counted is what each record
 * adds to the response: its JSON as an escaped JSON string, quotes and separator included. Past the deadline
 * (the Lambda invocation's end less a reserve for answering) a page that has a record takes no more.
 */
final class RecordPage {
    /** What AppFlow accepts in one response: Lambda's 6 MB payload limit. */
    static final long RESPONSE_LIMIT = 6L * 1024 * 1024;
    /** What the response around the records may take: the envelope and a next token. */
    static final long ENVELOPE_RESERVE = 16 * 1024;

    private final long maxRecords;
    private final long maxBytes;
    private final Clock clock;
    private final Optional<Instant> deadline;
    private final List<String> records = new ArrayList<>();
    private long bytes;
    private long skip;
    private long position;
    private boolean full;

    /**
     * @param maxRecords the most records the page holds
     * @param maxBytes the most bytes the records may add to the response
     */
    RecordPage(long maxRecords, long maxBytes) {
        this(maxRecords, maxBytes, Clock.systemUTC(), Optional.empty());
    }

    /**
     * @param maxRecords the most records the page holds
     * @param maxBytes the most bytes the records may add to the response
     * @param clock what the deadline is measured with
     * @param deadline when the page stops taking records, if it has one
     */
    RecordPage(long maxRecords, long maxBytes, Clock clock, Optional<Instant> deadline) {
        this.maxRecords = maxRecords;
        this.maxBytes = maxBytes;
        this.clock = requireNonNull(clock, "clock is null");
        this.deadline = requireNonNull(deadline, "deadline is null");
    }

    /** A page of at most {@code maxRecords} within the response limit, taking no more records after {@code deadline}. */
    static RecordPage ofRecords(long maxRecords, Clock clock, Optional<Instant> deadline) {
        return new RecordPage(maxRecords, RESPONSE_LIMIT - ENVELOPE_RESERVE, clock, deadline);
    }

    /** Starts a split whose first {@code rowsToSkip} rows earlier pages returned. */
    void startSplit(long rowsToSkip) {
        this.skip = rowsToSkip;
        this.position = 0;
    }

    /** Whether the current row is one to skip. */
    boolean skipping() {
        return position < skip;
    }

    /** Skips the current row. */
    void skipRow() {
        position++;
    }

    /**
     * Adds a record of {@code wireBytes} bytes if it fits.
     *
     * @return whether it was added; if not, the page is full and the record is the next page's first
     * @throws ConnectorException if the record alone is larger than a page may be
     */
    boolean offer(String record, long wireBytes) {
        if (records.size() >= maxRecords || bytes + wireBytes > maxBytes || outOfTime()) {
            if (records.isEmpty() && wireBytes > maxBytes) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "a record is " + wireBytes
                        + " bytes as JSON, more than the " + maxBytes + " an AppFlow response has room for;"
                        + " select fewer or smaller fields");
            }
            full = true;
            return false;
        }
        records.add(record);
        bytes += wireBytes;
        position++;
        return true;
    }

    /** Whether the deadline passed and the page has made progress (a record), so that it may stop. */
    private boolean outOfTime() {
        return deadline.isPresent() && !records.isEmpty() && clock.instant().isAfter(deadline.get());
    }

    /** Whether a record was refused: more rows follow this page. */
    boolean full() {
        return full;
    }

    /** The rows of the current split consumed so far, skipped ones included; where the next page resumes. */
    long position() {
        return position;
    }

    /** The records added. */
    List<String> records() {
        return List.copyOf(records);
    }

    /** How many records were added. */
    int size() {
        return records.size();
    }

    /** The bytes the records add to the response. */
    long bytes() {
        return bytes;
    }
}
