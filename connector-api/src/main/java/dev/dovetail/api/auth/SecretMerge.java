package dev.dovetail.api.auth;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.StandardOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Glue's {@code secretId} semantics. When the options name a secret:
 * <ol>
 *   <li>every key of the secret becomes a secret option, replacing an option of the same name (so a
 *       database secret's {@code username} and {@code password} reach the connector);</li>
 *   <li>every {@code ${key}} placeholder in an option value (say, the {@code url}) is replaced by the
 *       secret's value for {@code key}, and the option becomes secret itself.</li>
 * </ol>
 * A placeholder whose key the secret lacks is an error naming the option and the placeholder. Without a
 * {@code secretId} the options are returned unchanged, placeholders included.
 */
public final class SecretMerge {
    private static final Logger LOG = LoggerFactory.getLogger(SecretMerge.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private SecretMerge() {
    }

    /** {@code options} with the secret they name merged in; unchanged if they name none. */
    public static ConnectionOptions apply(ConnectionOptions options, SecretResolver resolver) {
        Optional<String> secretId = options.getNonBlank(StandardOptions.SECRET_ID);
        if (secretId.isEmpty()) {
            return options;
        }
        SecretValues secret = resolver.resolve(secretId.get());
        LOG.debug("merging keys {} of secret '{}' into the options", secret.keys(), secretId.get());
        ConnectionOptions merged = options.withAll(secret.asOptions());
        List<String> substituted = new ArrayList<>();
        for (String key : merged.keys()) {
            String value = merged.require(key);
            String replaced = substitute(key, value, secret);
            if (!replaced.equals(value)) {
                merged = merged.with(key, replaced);
                substituted.add(key);
            }
        }
        return merged.markSecret(substituted);
    }

    private static String substitute(String option, String value, SecretValues secret) {
        Matcher matcher = PLACEHOLDER.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1).trim();
            String replacement = secret.get(key).orElseThrow(() -> new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                    "option '" + option + "' refers to ${" + key + "} but secret '" + secret.secretId()
                            + "' has no key '" + key + "' (its keys: " + secret.keys() + ")"));
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
