/**
 * The Amazon AppFlow custom-connector protocol as Jackson-annotated records: one record per request type
 * (dispatched on the JSON {@code "type"} field, see {@link dev.dovetail.appflow.wire.ConnectorRequest}), one
 * per response, and the values they carry. Field names are those of the official Java SDK
 * ({@code software.amazon.appflow:aws-custom-connector-sdk}); unknown fields are ignored, absent optional
 * fields are {@link java.util.Optional#empty()}, and a missing required field is rejected while parsing with
 * a {@link dev.dovetail.api.ConnectorException} of code {@code INVALID_ARGUMENT} naming the field.
 * Responses leave absent fields out.
 */
package dev.dovetail.appflow.wire;
