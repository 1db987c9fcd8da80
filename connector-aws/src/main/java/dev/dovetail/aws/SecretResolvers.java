package dev.dovetail.aws;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.SecretResolver;
import software.amazon.awssdk.regions.Region;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Chooses a {@link SecretResolver} by a short spec, the form hosts take from an option, a system property
 * or an environment variable:
 * <ul>
 *   <li>{@code file:<path>}: a {@link FileSecretResolver} on that local JSON file;</li>
 *   <li>{@code aws}: AWS Secrets Manager in the SDK's default region; {@code aws:<region>} in that region
 *       ({@link SecretsManagerSecretResolver}).</li>
 * </ul>
 * The Secrets Manager resolvers are shared per region within the JVM, so every partition of a job reuses
 * one client and one cache; none talks to AWS before its first lookup.
 */
public final class SecretResolvers {
    /** The system property {@link #fromEnvironment()} reads first. */
    public static final String SYSTEM_PROPERTY = "dovetail.secretResolver";
    /** The environment variable {@link #fromEnvironment()} reads when the property is not set. */
    public static final String ENVIRONMENT_VARIABLE = "DOVETAIL_SECRET_RESOLVER";
    /** The spec of AWS Secrets Manager in the default region, the default everywhere. */
    public static final String AWS = "aws";

    private static final String FILE_PREFIX = "file:";
    private static final String AWS_PREFIX = "aws:";
    private static final Map<String, SecretsManagerSecretResolver> SECRETS_MANAGERS = new ConcurrentHashMap<>();

    private SecretResolvers() {
    }

    /**
     * The resolver {@code spec} names.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} naming the spec and the forms it may take
     */
    public static SecretResolver fromSpec(String spec) {
        String trimmed = spec == null ? "" : spec.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith(FILE_PREFIX)) {
            String path = trimmed.substring(FILE_PREFIX.length()).strip();
            if (path.isEmpty()) {
                throw invalid(trimmed, "give the file's path after 'file:'");
            }
            return FileSecretResolver.of(Path.of(path));
        }
        if (lower.equals(AWS)) {
            return SECRETS_MANAGERS.computeIfAbsent("", key -> SecretsManagerSecretResolver.create());
        }
        if (lower.startsWith(AWS_PREFIX)) {
            String region = lower.substring(AWS_PREFIX.length()).strip();
            if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
                throw invalid(trimmed, "'" + region + "' is not an AWS region name such as eu-west-1");
            }
            return SECRETS_MANAGERS.computeIfAbsent(region,
                    key -> SecretsManagerSecretResolver.builder().region(Region.of(key)).build());
        }
        throw invalid(trimmed, "it is not a known resolver");
    }

    /**
     * The resolver the system property {@value #SYSTEM_PROPERTY}, else the environment variable
     * {@value #ENVIRONMENT_VARIABLE}, names; AWS Secrets Manager when neither is set.
     */
    public static SecretResolver fromEnvironment() {
        return fromEnvironment(System::getProperty, System::getenv);
    }

    static SecretResolver fromEnvironment(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        return fromSpec(specFromEnvironment(properties, environment).orElse(AWS));
    }

    /** The spec the property or the environment variable gives, if either is set and not blank. */
    static Optional<String> specFromEnvironment(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        return nonBlank(properties.apply(SYSTEM_PROPERTY)).or(() -> nonBlank(environment.apply(ENVIRONMENT_VARIABLE)));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }

    private static ConnectorException invalid(String spec, String why) {
        return new ConnectorException(ErrorCode.INVALID_ARGUMENT, "secret resolver '" + spec + "' is not valid: "
                + why + "; use 'file:<path>' for a local JSON file of secrets, or 'aws' (or 'aws:<region>') for AWS "
                + "Secrets Manager");
    }
}
