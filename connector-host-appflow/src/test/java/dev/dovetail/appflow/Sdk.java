package dev.dovetail.appflow;

import com.amazonaws.appflow.custom.connector.model.ConnectorContext;
import com.amazonaws.appflow.custom.connector.model.ImmutableConnectorContext;
import com.amazonaws.appflow.custom.connector.model.credentials.AuthenticationType;
import com.amazonaws.appflow.custom.connector.model.credentials.ImmutableCredentials;
import com.amazonaws.appflow.custom.connector.util.CustomObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The official AppFlow SDK as the tests' client: requests built with its {@code Immutable*Request} builders are
 * serialized with its {@code CustomObjectMapper}, sent through a handler as JSON text, and the response is read
 * back into its {@code *Response} classes.
 */
final class Sdk {
    static final ObjectMapper MAPPER = CustomObjectMapper.getObjectMapper();
    static final String SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:warehouse-ada-AbCdEf";
    static final String BAD_SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:warehouse-eve-XyZ";

    private Sdk() {
    }

    /** Sends {@code request} through {@code handler} and reads the answer as {@code responseType}. */
    static <T> T call(DovetailLambdaHandler handler, Object request, Class<T> responseType) {
        return read(handler.handle(write(request)), responseType);
    }

    /** The context of a profile on {@code warehouse} with the given secret and more settings. */
    static ConnectorContext context(String warehouse, String secretArn, Map<String, String> settings) {
        return ImmutableConnectorContext.builder()
                .apiVersion(ConfigurationHandler.API_VERSION)
                .putConnectorRuntimeSettings("warehouse", warehouse)
                .putAllConnectorRuntimeSettings(settings)
                .credentials(ImmutableCredentials.builder().secretArn(secretArn).authenticationType(AuthenticationType.BasicAuth).build())
                .build();
    }

    /** The context of ada's profile on {@code warehouse}. */
    static ConnectorContext context(String warehouse) {
        return context(warehouse, SECRET_ARN, Map.of());
    }

    /** {@code request} as the SDK serializes it. */
    static String write(Object request) {
        try {
            return MAPPER.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code json} read as {@code type} by the SDK. */
    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record's JSON. */
    static JsonNode json(String record) {
        try {
            return MAPPER.readTree(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
