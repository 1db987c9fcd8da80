package dev.dovetail.appflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.appflow.wire.ConnectorRequest;
import dev.dovetail.appflow.wire.ConnectorResponse;
import dev.dovetail.appflow.wire.DescribeConnectorConfigurationRequest;
import dev.dovetail.appflow.wire.DescribeConnectorConfigurationResponse;
import dev.dovetail.appflow.wire.DescribeEntityRequest;
import dev.dovetail.appflow.wire.DescribeEntityResponse;
import dev.dovetail.appflow.wire.ErrorDetails;
import dev.dovetail.appflow.wire.FailureResponse;
import dev.dovetail.appflow.wire.ListEntitiesRequest;
import dev.dovetail.appflow.wire.ListEntitiesResponse;
import dev.dovetail.appflow.wire.QueryDataRequest;
import dev.dovetail.appflow.wire.QueryDataResponse;
import dev.dovetail.appflow.wire.RetrieveDataRequest;
import dev.dovetail.appflow.wire.RetrieveDataResponse;
import dev.dovetail.appflow.wire.ValidateConnectorRuntimeSettingsRequest;
import dev.dovetail.appflow.wire.ValidateConnectorRuntimeSettingsResponse;
import dev.dovetail.appflow.wire.ValidateCredentialsRequest;
import dev.dovetail.appflow.wire.ValidateCredentialsResponse;
import dev.dovetail.appflow.wire.WriteDataRequest;
import dev.dovetail.appflow.wire.WriteDataResponse;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one request, hands it to the handler of its {@code type} and writes the response. Every failure
 * becomes {@code isSuccess: false} with {@code errorDetails}: a {@link ConnectorException} keeps its code,
 * message and retry advice; malformed JSON, an unknown or missing {@code type} and a missing required field
 * are {@code InvalidArgument}; anything else is {@code UnknownError} with the failure's class only (its
 * message and stack trace go to the log, never to the caller). Thread-safe.
 */
final class RequestDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);

    private final AppFlowHost host;
    private final SettingsHandler settings;
    private final CredentialsHandler credentials;
    private final ConfigurationHandler configuration;
    private final ListEntitiesHandler listEntities;
    private final DescribeEntityHandler describeEntity;
    private final QueryDataHandler queryData;
    private final RetrieveDataHandler retrieveData;
    private final WriteDataHandler writeData;

    RequestDispatcher(AppFlowHost host) {
        this.host = host;
        this.settings = new SettingsHandler(host);
        this.credentials = new CredentialsHandler(host);
        this.configuration = new ConfigurationHandler(host);
        this.listEntities = new ListEntitiesHandler(host);
        this.describeEntity = new DescribeEntityHandler(host);
        this.queryData = new QueryDataHandler(host);
        this.retrieveData = new RetrieveDataHandler(host);
        this.writeData = new WriteDataHandler(host);
    }

    /**
     * The response to {@code requestJson}, as JSON.
     *
     * @param deadline when a query page must stop reading to answer in time, if the invocation has one
     */
    String handle(String requestJson, Optional<Instant> deadline) {
        ConnectorRequest request;
        try {
            request = host.json().readValue(requestJson, ConnectorRequest.class);
        } catch (JsonProcessingException | RuntimeException e) {
            ErrorDetails error = unreadable(e);
            LOG.warn("connector '{}' rejected a request it could not read: {}", host.name(), error.errorMessage());
            return write(failureOf(requestJson, error));
        }
        return write(dispatch(request, deadline));
    }

    private ConnectorResponse dispatch(ConnectorRequest request, Optional<Instant> deadline) {
        if (request instanceof ValidateConnectorRuntimeSettingsRequest r) {
            return run(r, settings::handle, ValidateConnectorRuntimeSettingsResponse::failure);
        }
        if (request instanceof ValidateCredentialsRequest r) {
            return run(r, credentials::handle, ValidateCredentialsResponse::failure);
        }
        if (request instanceof DescribeConnectorConfigurationRequest r) {
            return run(r, configuration::handle, DescribeConnectorConfigurationResponse::failure);
        }
        if (request instanceof ListEntitiesRequest r) {
            return run(r, listEntities::handle, ListEntitiesResponse::failure);
        }
        if (request instanceof DescribeEntityRequest r) {
            return run(r, describeEntity::handle, DescribeEntityResponse::failure);
        }
        if (request instanceof QueryDataRequest r) {
            return run(r, query -> queryData.handle(query, deadline), QueryDataResponse::failure);
        }
        if (request instanceof RetrieveDataRequest r) {
            return run(r, retrieveData::handle, RetrieveDataResponse::failure);
        }
        if (request instanceof WriteDataRequest r) {
            return run(r, writeData::handle, WriteDataResponse::failure);
        }
        throw new IllegalStateException("no handler for " + request.type()); // the sealed interface permits no other
    }

    private <Q extends ConnectorRequest, R extends ConnectorResponse> ConnectorResponse run(
            Q request, Function<Q, R> handler, Function<ErrorDetails, R> failure) {
        long start = System.nanoTime();
        try {
            R response = handler.apply(request);
            LOG.info("connector '{}' answered {} in {} ms", host.name(), request.type(), (System.nanoTime() - start) / 1_000_000);
            return response;
        } catch (ConnectorException e) {
            LOG.warn("connector '{}' failed {}: {} {}", host.name(), request.type(), e.code().wireName(), e.getMessage());
            return failure.apply(Errors.of(e));
        } catch (RuntimeException e) {
            LOG.error("connector '{}' failed {} unexpectedly", host.name(), request.type(), e);
            return failure.apply(Errors.of(ErrorCode.UNKNOWN_ERROR, "connector '" + host.name() + "' failed "
                    + request.type() + " unexpectedly (" + e.getClass().getSimpleName() + "); the Lambda's log has the details"));
        }
    }

    /**
     * The failure of the request's type when the JSON names a known {@code type}, so that the caller reads it as
     * the response it expects; otherwise the generic failure.
     */
    private ConnectorResponse failureOf(String requestJson, ErrorDetails error) {
        String type;
        try {
            type = host.json().readTree(requestJson).path("type").asText("");
        } catch (JsonProcessingException | RuntimeException notJson) {
            return FailureResponse.of(error);
        }
        return switch (type) {
            case "ValidateConnectorRuntimeSettingsRequest" -> ValidateConnectorRuntimeSettingsResponse.failure(error);
            case "ValidateCredentialsRequest" -> ValidateCredentialsResponse.failure(error);
            case "DescribeConnectorConfigurationRequest" -> DescribeConnectorConfigurationResponse.failure(error);
            case "ListEntitiesRequest" -> ListEntitiesResponse.failure(error);
            case "DescribeEntityRequest" -> DescribeEntityResponse.failure(error);
            case "QueryDataRequest" -> QueryDataResponse.failure(error);
            case "RetrieveDataRequest" -> RetrieveDataResponse.failure(error);
            case "WriteDataRequest" -> WriteDataResponse.failure(error);
            default -> FailureResponse.of(error);
        };
    }

    /** Why a request could not be read. */
    private static ErrorDetails unreadable(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectorException connectorException) {
                return Errors.of(connectorException);
            }
        }
        if (failure instanceof InvalidTypeIdException typeId) {
            String type = typeId.getTypeId();
            return Errors.of(ErrorCode.INVALID_ARGUMENT, (type == null || type.isBlank()
                    ? "the request has no 'type'" : "the request's type '" + type + "' is unknown")
                    + "; it must be one of " + ConnectorRequest.TYPES);
        }
        if (failure instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()) {
            return Errors.of(ErrorCode.INVALID_ARGUMENT, "the request is not a JSON object with a 'type'; it must be one of "
                    + ConnectorRequest.TYPES);
        }
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Errors.of(ErrorCode.INVALID_ARGUMENT, "the request is malformed at " + path(mapping) + ": "
                    + mapping.getOriginalMessage());
        }
        if (failure instanceof JsonProcessingException json) {
            return Errors.of(ErrorCode.INVALID_ARGUMENT, "the request is not valid JSON: " + json.getOriginalMessage()
                    + (json.getLocation() == null ? "" : " (line " + json.getLocation().getLineNr() + ", column "
                    + json.getLocation().getColumnNr() + ")"));
        }
        return Errors.of(ErrorCode.INVALID_ARGUMENT, "the request could not be read: " + failure.getClass().getSimpleName());
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return "'" + path + "'";
    }

    private String write(ConnectorResponse response) {
        try {
            return host.json().writeValueAsString(response);
        } catch (JsonProcessingException e) {
            LOG.error("connector '{}' could not write its response", host.name(), e);
            return "{\"isSuccess\":false,\"errorDetails\":{\"errorCode\":\"UnknownError\",\"errorMessage\":"
                    + "\"the response could not be written; the Lambda's log has the details\"}}";
        }
    }
}
