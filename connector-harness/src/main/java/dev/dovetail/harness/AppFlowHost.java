package dev.dovetail.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.AuthType;
import dev.dovetail.api.auth.CredentialKeys;
import dev.dovetail.api.auth.SecretResolver;
import dev.dovetail.api.auth.SecretValues;
import dev.dovetail.api.option.StandardOptions;
import dev.dovetail.appflow.AppFlowJson;
import dev.dovetail.appflow.DovetailLambdaHandler;
import dev.dovetail.appflow.wire.AuthenticationType;
import dev.dovetail.appflow.wire.ConnectorContext;
import dev.dovetail.appflow.wire.ConnectorRequest;
import dev.dovetail.appflow.wire.ConnectorResponse;
import dev.dovetail.appflow.wire.ConnectorRuntimeSettingScope;
import dev.dovetail.appflow.wire.Credentials;
import dev.dovetail.appflow.wire.DescribeConnectorConfigurationRequest;
import dev.dovetail.appflow.wire.DescribeConnectorConfigurationResponse;
import dev.dovetail.appflow.wire.DescribeEntityRequest;
import dev.dovetail.appflow.wire.DescribeEntityResponse;
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
import dev.dovetail.appflow.wire.WriteOperationType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * The connector as Amazon AppFlow runs it, in-process: each call builds the AppFlow request, serializes it to
 * JSON, sends it through the same {@link DovetailLambdaHandler} the generated {@code XLambdaHandler} extends,
 * and parses the JSON answer back into the wire model's response. Nothing is short-circuited, so a test sees
 * what AppFlow would see, failures included ({@code isSuccess: false} with {@code errorDetails}).
 *
 * <p>The connector profile comes from the harness: its options are the {@code connectorRuntimeSettings},
 * and its credentials travel as AppFlow sends them, as a secret's ARN plus an {@code authenticationType}:
 * <ul>
 *   <li>a {@code secretId} option is that ARN (the secret comes from {@link ConnectorHarness#withSecret});</li>
 *   <li>otherwise credentials given as options ({@code user}/{@code password}, {@code apiKey},
 *       {@code accessToken}, a custom scheme's parameters) are moved into an in-memory secret named
 *       {@value #PROFILE_SECRET}, as AppFlow keeps a profile's credentials in Secrets Manager, so the same
 *       harness options serve {@code harness.read(...)}, {@code harness.glue()} and this host;</li>
 *   <li>a connector that accepts no credentials gets none.</li>
 * </ul>
 * The authentication type is inferred from the keys the secret holds (or the only type the connector
 * accepts) unless {@link #withAuthenticationType} says it. Needs {@code dev.dovetail:connector-host-appflow}
 * on the test class path, as every connector module that generates a Lambda handler has it.
 * Immutable; each call sends one request.
 */
public final class AppFlowHost {
    /** The id of the in-memory secret the options' credentials are moved into. */
    public static final String PROFILE_SECRET = "dovetail-harness/appflow-profile";
    /** The API version the requests carry. */
    public static final String API_VERSION = "v1";

    private static final TypeReference<Map<String, Object>> RECORD = new TypeReference<>() {
    };

    private final ConnectorHarness harness;
    private final Optional<AuthenticationType> authenticationType;
    private final ObjectMapper json = AppFlowJson.mapper();

    private AppFlowHost(ConnectorHarness harness, Optional<AuthenticationType> authenticationType) {
        this.harness = requireNonNull(harness, "harness is null");
        this.authenticationType = authenticationType;
    }

    AppFlowHost(ConnectorHarness harness) {
        this(harness, Optional.empty());
    }

    /** This host sending {@code type} as the credentials' {@code authenticationType}. */
    public AppFlowHost withAuthenticationType(AuthenticationType type) {
        return new AppFlowHost(harness, Optional.of(requireNonNull(type, "type is null")));
    }

    /** {@code ValidateConnectorRuntimeSettingsRequest} of the profile's settings in {@code scope}. */
    public ValidateConnectorRuntimeSettingsResponse validateSettings(ConnectorRuntimeSettingScope scope) {
        Profile profile = profile();
        return send(new ValidateConnectorRuntimeSettingsRequest(requireNonNull(scope, "scope is null"), profile.settings(),
                profile.credentials().flatMap(Credentials::authenticationType)), ValidateConnectorRuntimeSettingsResponse.class);
    }

    /** {@code ValidateCredentialsRequest} of the profile. */
    public ValidateCredentialsResponse validateCredentials() {
        Profile profile = profile();
        return send(new ValidateCredentialsRequest(profile.settings(),
                profile.credentials().orElse(new Credentials(Optional.empty(), Optional.empty()))),
                ValidateCredentialsResponse.class);
    }

    /** {@code DescribeConnectorConfigurationRequest}. */
    public DescribeConnectorConfigurationResponse describeConfiguration() {
        return send(new DescribeConnectorConfigurationRequest(Optional.of("en-US"), Optional.empty()),
                DescribeConnectorConfigurationResponse.class);
    }

    /** {@code ListEntitiesRequest}: the first page, of at most {@code maxResult} entities. */
    public ListEntitiesResponse listEntities(long maxResult) {
        return listEntities(maxResult, Optional.empty());
    }

    /** {@code ListEntitiesRequest}: the page {@code nextToken} points to. */
    public ListEntitiesResponse listEntities(long maxResult, Optional<String> nextToken) {
        return send(new ListEntitiesRequest(Optional.empty(), OptionalLong.of(maxResult), nextToken, context()),
                ListEntitiesResponse.class);
    }

    /** {@code DescribeEntityRequest} of {@code entity}. */
    public DescribeEntityResponse describeEntity(String entity) {
        return send(new DescribeEntityRequest(entity, context()), DescribeEntityResponse.class);
    }

    /**
     * {@code QueryDataRequest}: one page of {@code entity}'s records.
     *
     * @param fields the selected field names; empty for all
     * @param filterExpression AppFlow's filter language; blank for none
     */
    public QueryDataResponse query(String entity, List<String> fields, String filterExpression, long maxResults,
                                   Optional<String> nextToken) {
        return send(new QueryDataRequest(entity, fields.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(fields)),
                filterExpression.isBlank() ? Optional.empty() : Optional.of(filterExpression), OptionalLong.of(maxResults),
                nextToken, context()), QueryDataResponse.class);
    }

    /**
     * Every record of a query, following {@code nextToken} page after page as AppFlow does.
     *
     * @throws ConnectorException the failure of the first page that fails, with its code and message
     */
    public List<String> queryAll(String entity, List<String> fields, String filterExpression, long pageSize) {
        List<String> records = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            QueryDataResponse page = query(entity, fields, filterExpression, pageSize, token);
            requireSuccess(page);
            records.addAll(page.records());
            token = page.nextToken();
        } while (token.isPresent());
        return records;
    }

    /**
     * Every record of a query as {@link #queryAll} returns them, each parsed into its fields (JSON numbers as
     * {@code Integer}/{@code Long}/{@code Double}, strings, booleans, nested maps and lists).
     */
    public List<Map<String, Object>> queryAllRecords(String entity, List<String> fields, String filterExpression, long pageSize) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (String record : queryAll(entity, fields, filterExpression, pageSize)) {
            try {
                records.add(json.readValue(record, RECORD));
            } catch (JsonProcessingException e) {
                throw new ConnectorException(ErrorCode.SERVER_ERROR, "a record of " + entity + " is not a JSON object: "
                        + e.getOriginalMessage(), e);
            }
        }
        return records;
    }

    /** {@code RetrieveDataRequest}: the records of {@code entity} whose {@code idField} is one of {@code ids}. */
    public RetrieveDataResponse retrieve(String entity, List<String> fields, String idField, List<String> ids) {
        return send(new RetrieveDataRequest(entity, fields.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(fields)),
                Optional.of(idField), Optional.of(List.copyOf(ids)), context()), RetrieveDataResponse.class);
    }

    /** {@code WriteDataRequest}: {@code records} (JSON objects) written to {@code entity}. */
    public WriteDataResponse write(String entity, WriteOperationType operation, List<String> idFieldNames,
                                   List<String> records, boolean allOrNone) {
        return send(new WriteDataRequest(entity, Optional.of(operation),
                idFieldNames.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(idFieldNames)),
                Optional.of(List.copyOf(records)), Optional.of(allOrNone), context()), WriteDataResponse.class);
    }

    /**
     * Sends {@code request} as AppFlow would and parses the answer as {@code responseType}.
     *
     * @throws ConnectorException {@link ErrorCode#SERVER_ERROR} if the answer is not JSON of that type
     */
    public <R extends ConnectorResponse> R send(ConnectorRequest request, Class<R> responseType) {
        String answer = send(write(request));
        try {
            return json.readValue(answer, responseType);
        } catch (JsonProcessingException e) {
            throw new ConnectorException(ErrorCode.SERVER_ERROR, "the handler's answer to " + request.type() + " is not a "
                    + responseType.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Sends one request as JSON text and returns the handler's answer as JSON text, both as they are. */
    public String send(String requestJson) {
        return new DovetailLambdaHandler(harness.descriptor(), secrets(profile())).handle(requestJson);
    }

    /**
     * The {@code connectorContext} requests about data carry: the profile's settings and credentials.
     */
    public ConnectorContext context() {
        Profile profile = profile();
        return new ConnectorContext(profile.settings(), profile.credentials(), API_VERSION, Optional.of("harness-flow"),
                Optional.empty(), Optional.of("harness-profile"), Optional.empty());
    }

    /**
     * Fails unless {@code response} succeeded.
     *
     * @throws ConnectorException with the response's error code and message
     */
    public static <R extends ConnectorResponse> R requireSuccess(R response) {
        if (!response.isSuccess()) {
            ErrorCode code = response.errorDetails().flatMap(details -> ErrorCode.fromName(details.errorCode()))
                    .orElse(ErrorCode.UNKNOWN_ERROR);
            String message = "AppFlow request failed: "
                    + response.errorDetails().map(details -> details.errorMessage()).orElse("no errorDetails");
            Optional<Integer> retryAfter = response.errorDetails().flatMap(details -> details.retryAfterSeconds());
            throw retryAfter.isPresent()
                    ? new ConnectorException(code, message, null, java.time.Duration.ofSeconds(retryAfter.get()))
                    : new ConnectorException(code, message);
        }
        return response;
    }

    private String write(ConnectorRequest request) {
        try {
            return json.writerFor(ConnectorRequest.class).writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new ConnectorException(ErrorCode.CLIENT_ERROR, "cannot write " + request.type() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The handler's secrets: the harness's, and the profile's own secret when the options' credentials made one. */
    private SecretResolver secrets(Profile profile) {
        SecretResolver harnessSecrets = harness.secrets();
        Optional<Map<String, String>> own = profile.secret();
        if (own.isEmpty()) {
            return harnessSecrets;
        }
        return secretId -> PROFILE_SECRET.equals(secretId) ? SecretValues.of(secretId, own.get()) : harnessSecrets.resolve(secretId);
    }

    private Profile profile() {
        Map<String, String> options = harness.options().asMap();
        Optional<String> secretId = harness.options().getNonBlank(StandardOptions.SECRET_ID);
        if (secretId.isPresent()) {
            Map<String, String> settings = without(options, Set.of(StandardOptions.SECRET_ID));
            AuthenticationType type = authenticationType.orElseGet(() -> inferType(harness.secrets().resolve(secretId.get()).keys()));
            return new Profile(settings, Optional.of(new Credentials(secretId, Optional.of(type))), Optional.empty());
        }
        Set<String> credentialKeys = caseInsensitive(harness.descriptor().authentication().credentialKeys());
        Map<String, String> secret = new LinkedHashMap<>();
        options.forEach((key, value) -> {
            if (credentialKeys.contains(key)) {
                secret.put(key.equalsIgnoreCase(CredentialKeys.USER) ? CredentialKeys.USERNAME : key, value);
            }
        });
        if (secret.isEmpty()) {
            return new Profile(options, Optional.empty(), Optional.empty());
        }
        AuthenticationType type = authenticationType.orElseGet(() -> inferType(secret.keySet()));
        return new Profile(without(options, credentialKeys),
                Optional.of(new Credentials(Optional.of(PROFILE_SECRET), Optional.of(type))), Optional.of(Map.copyOf(secret)));
    }

    /** The type whose keys {@code keys} hold, else the connector's only non-NONE type, else BasicAuth. */
    private AuthenticationType inferType(Set<String> keys) {
        Set<String> held = caseInsensitive(keys);
        List<AuthType> accepted = harness.descriptor().authentication().types().stream()
                .filter(type -> type != AuthType.NONE).toList();
        for (AuthType type : accepted) {
            if (type != AuthType.CUSTOM && type.keys().stream().anyMatch(held::contains)) {
                return AuthenticationType.of(type);
            }
        }
        return accepted.isEmpty() ? AuthenticationType.BasicAuth : AuthenticationType.of(accepted.get(0));
    }

    private static Map<String, String> without(Map<String, String> options, Set<String> keys) {
        Set<String> removed = caseInsensitive(keys);
        Map<String, String> kept = new LinkedHashMap<>();
        options.forEach((key, value) -> {
            if (!removed.contains(key)) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    private static Set<String> caseInsensitive(Set<String> keys) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(keys);
        return set;
    }

    private record Profile(Map<String, String> settings, Optional<Credentials> credentials,
                           Optional<Map<String, String>> secret) {
    }

    @Override
    public String toString() {
        return "AppFlowHost{connector=" + harness.descriptor().info().name() + ", authenticationType="
                + authenticationType.map(type -> type.name().toLowerCase(Locale.ROOT)).orElse("inferred") + "}";
    }
}
