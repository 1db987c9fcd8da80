package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The outcome of writing one record, positioned like the record in its batch. The SDK requires both strings,
 * so an unknown id and the error of a written record are empty rather than absent.
 *
 * @param isSuccess whether it was written
 * @param recordId its id in the external system; empty if unknown
 * @param errorMessage why it was not written; empty if it was
 */
public record WriteRecordResult(@JsonProperty("isSuccess") boolean isSuccess, String recordId, String errorMessage) {

    public WriteRecordResult {
        recordId = recordId == null ? "" : recordId;
        errorMessage = errorMessage == null ? "" : errorMessage;
    }

    /** A written record with the id the connector reported, if any. */
    public static WriteRecordResult written(java.util.Optional<String> id) {
        return new WriteRecordResult(true, id.orElse(""), "");
    }

    /** A record that was not written, and why. */
    public static WriteRecordResult failed(java.util.Optional<String> id, String error) {
        return new WriteRecordResult(false, id.orElse(""), error);
    }
}
