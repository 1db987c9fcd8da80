package dev.dovetail.aws;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.SecretResolver;
import dev.dovetail.api.auth.SecretValues;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * Secrets read from AWS Secrets Manager with {@code GetSecretValue}, as Glue reads a connection's
 * {@code secretId}: the secret's {@code SecretString} must be a JSON object of key/value pairs (the form
 * the console's "key/value" secrets and RDS secrets have), and those pairs are the secret's values.
 *
 * <p>Nothing is looked up until the first {@link #resolve}: building a resolver needs neither a region nor
 * credentials, so a host may create one for every job and only a job that names a secret talks to AWS.
 * The region is the builder's, else the SDK's default chain ({@code AWS_REGION}, the profile, the instance
 * metadata); credentials are the builder's, else the SDK's default chain (on Glue and Lambda, the role).
 * A resolved secret is kept for {@link Builder#cacheTtl} (five minutes unless set) so that a job opening a
 * connection per partition reads each secret once, not once per partition.
 *
 * <p>Failures are {@link ConnectorException}s with AppFlow's codes: an unknown secret is
 * {@link ErrorCode#RESOURCE_NOT_FOUND}, a denied one {@link ErrorCode#ACCESS_DENIED}, throttling
 * {@link ErrorCode#RATE_LIMIT_EXCEEDED} (after the SDK's own retries), rejected credentials
 * {@link ErrorCode#INVALID_CREDENTIALS}, an unreachable or failing service
 * {@link ErrorCode#SERVICE_UNAVAILABLE}. No message contains a secret value. Thread-safe; {@link #close()}
 * closes the client, if one was made.
 */
public final class SecretsManagerSecretResolver implements SecretResolver, AutoCloseable {
    private static final String SHAPE = "a JSON object of key/value pairs, e.g. {\"username\": \"etl\", \"password\": \"...\"}";

    private final Optional<Region> region;
    private final Optional<URI> endpoint;
    private final Optional<AwsCredentialsProvider> credentials;
    private final Duration cacheTtl;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private SecretsManagerClient client;

    private SecretsManagerSecretResolver(Builder builder) {
        this.region = builder.region;
        this.endpoint = builder.endpoint;
        this.credentials = builder.credentials;
        this.cacheTtl = builder.cacheTtl;
        this.clock = builder.clock;
    }

    /** A resolver with the SDK's default region and credentials. */
    public static SecretsManagerSecretResolver create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SecretValues resolve(String secretId) {
        requireNonNull(secretId, "secretId is null");
        Instant now = clock.instant();
        Cached cached = cache.get(secretId);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.values();
        }
        SecretValues values = fetch(secretId);
        if (!cacheTtl.isZero()) {
            cache.put(secretId, new Cached(values, now.plus(cacheTtl)));
        }
        return values;
    }

    private SecretValues fetch(String secretId) {
        SecretsManagerClient secretsManager = client();
        GetSecretValueResponse response;
        try {
            response = secretsManager.getSecretValue(request -> request.secretId(secretId));
        } catch (SdkException e) {
            throw SecretsManagerErrors.toConnectorException(e, secretId);
        }
        String what = "secret '" + secretId + "' in AWS Secrets Manager";
        if (response.secretString() == null) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, what + " holds binary data; store it as " + SHAPE);
        }
        return SecretValues.of(secretId, KeyValueJson.pairs(KeyValueJson.object(response.secretString(), what, SHAPE), what));
    }

    private synchronized SecretsManagerClient client() {
        if (client == null) {
            SecretsManagerClientBuilder builder = SecretsManagerClient.builder()
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .region(region.orElseGet(SecretsManagerSecretResolver::defaultRegion));
            endpoint.ifPresent(builder::endpointOverride);
            credentials.ifPresent(builder::credentialsProvider);
            try {
                client = builder.build();
            } catch (SdkException e) {
                throw SecretsManagerErrors.toConnectorException(e, "(client)");
            }
        }
        return client;
    }

    private static Region defaultRegion() {
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (SdkException e) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, "no AWS region for Secrets Manager: set the "
                    + "AWS_REGION environment variable or the aws.region system property, or name the region with "
                    + "the resolver 'aws:<region>' (e.g. aws:eu-west-1)", e);
        }
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
        cache.clear();
    }

    @Override
    public String toString() {
        return "SecretsManagerSecretResolver{region=" + region.map(Region::id).orElse("(default chain)")
                + endpoint.map(uri -> ", endpoint=" + uri).orElse("") + "}";
    }

    private record Cached(SecretValues values, Instant expires) {
    }

    /** Builds a {@link SecretsManagerSecretResolver}; every setting is optional. */
    public static final class Builder {
        private Optional<Region> region = Optional.empty();
        private Optional<URI> endpoint = Optional.empty();
        private Optional<AwsCredentialsProvider> credentials = Optional.empty();
        private Duration cacheTtl = Duration.ofMinutes(5);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The region of the secrets; by default the SDK's region chain, consulted at the first lookup. */
        public Builder region(Region region) {
            this.region = Optional.of(requireNonNull(region, "region is null"));
            return this;
        }

        /** Another endpoint than the region's (a VPC endpoint, or a local one in tests). */
        public Builder endpointOverride(URI endpoint) {
            this.endpoint = Optional.of(requireNonNull(endpoint, "endpoint is null"));
            return this;
        }

        /** The credentials to sign with; by default the SDK's default chain. */
        public Builder credentialsProvider(AwsCredentialsProvider credentials) {
            this.credentials = Optional.of(requireNonNull(credentials, "credentials is null"));
            return this;
        }

        /** How long a resolved secret is reused; {@link Duration#ZERO} reads it at every lookup. */
        public Builder cacheTtl(Duration cacheTtl) {
            requireNonNull(cacheTtl, "cacheTtl is null");
            if (cacheTtl.isNegative()) {
                throw new IllegalArgumentException("cacheTtl must not be negative, but is " + cacheTtl);
            }
            this.cacheTtl = cacheTtl;
            return this;
        }

        /** The clock the cache's expiry is measured with (for tests). */
        Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock is null");
            return this;
        }

        public SecretsManagerSecretResolver build() {
            return new SecretsManagerSecretResolver(this);
        }
    }
}
