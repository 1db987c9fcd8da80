package dev.dovetail.api.write;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of writing one record, positioned like the record in its batch.
 *
 * @param success whether the record was written
 * @param id the record's id in the external system, if known
 * @param error why it failed, when it did; never contains a secret
 */
public record RecordResult(boolean success, Optional<String> id, Optional<String> error) {

    public RecordResult {
        requireNonNull(id, "id is null");
        requireNonNull(error, "error is null");
        if (success == error.isPresent()) {
            throw new IllegalArgumentException("a record result has an error exactly when it failed");
        }
    }

    /** A written record without a known id. */
    public static RecordResult succeeded() {
        return new RecordResult(true, Optional.empty(), Optional.empty());
    }

    /** A written record with its id. */
    public static RecordResult succeeded(String id) {
        return new RecordResult(true, Optional.of(id), Optional.empty());
    }

    /** A record that was not written, and why. */
    public static RecordResult failed(String error) {
        return new RecordResult(false, Optional.empty(), Optional.of(error));
    }
}
