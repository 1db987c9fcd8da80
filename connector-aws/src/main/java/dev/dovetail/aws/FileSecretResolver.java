package dev.dovetail.aws;

import dev.dovetail.api.auth.SecretResolver;
import dev.dovetail.api.auth.SecretValues;

import java.nio.file.Path;

/**
 * Secrets kept in a local JSON file, standing in for AWS Secrets Manager during development: an object
 * mapping each secret id to the object of key/value pairs that Secrets Manager's {@code SecretString}
 * would hold, for example
 * <pre>{@code
 * {
 *   "prod/orders-db": {"username": "etl", "password": "s3cret"},
 *   "arn:aws:secretsmanager:eu-west-1:123456789012:secret:api-AbCdEf": {"apiKey": "k-123"}
 * }
 * }</pre>
 * Values may be strings, numbers or booleans. The file is read at each {@link #resolve}, so edits apply
 * to the next connection; it is never written. Thread-safe.
 *
 * <p>A missing file or one that is not such an object is {@link dev.dovetail.api.ErrorCode#INVALID_ARGUMENT}
 * naming the file and, for bad JSON, the line and column (never the text); an unknown id is
 * {@link dev.dovetail.api.ErrorCode#RESOURCE_NOT_FOUND} with the closest id in the file.
 */
public final class FileSecretResolver implements SecretResolver {
    private static final String SHAPE = "an object mapping each secret id to an object of key/value pairs, "
            + "e.g. {\"my-db\": {\"username\": \"etl\", \"password\": \"...\"}}";

    private final EntriesFile file;

    private FileSecretResolver(Path path) {
        this.file = new EntriesFile(path, "secret", SHAPE);
    }

    /** The secrets in {@code path}; the file need not exist yet. */
    public static FileSecretResolver of(Path path) {
        return new FileSecretResolver(path);
    }

    /** The file the secrets are read from. */
    public Path path() {
        return file.path();
    }

    @Override
    public SecretValues resolve(String secretId) {
        String what = "secret '" + secretId + "' in " + file.described();
        return SecretValues.of(secretId, KeyValueJson.pairs(file.entry(secretId), what));
    }

    @Override
    public String toString() {
        return "FileSecretResolver{" + file.path() + "}";
    }
}
