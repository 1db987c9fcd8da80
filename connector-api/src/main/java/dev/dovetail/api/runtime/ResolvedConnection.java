package dev.dovetail.api.runtime;

import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.Redactor;
import dev.dovetail.api.option.SettingValues;

import static java.util.Objects.requireNonNull;

/**
 * Options after the secret was merged and they passed validation, with the credentials read from them:
 * everything needed to open a session.
 *
 * @param options the merged options (secrets marked)
 * @param settings the validated settings
 * @param credentials the credentials
 * @param redactor masks every secret value of the options in messages
 */
public record ResolvedConnection(
        ConnectionOptions options, SettingValues settings, ResolvedCredentials credentials, Redactor redactor) {
    public ResolvedConnection {
        requireNonNull(options, "options is null");
        requireNonNull(settings, "settings is null");
        requireNonNull(credentials, "credentials is null");
        requireNonNull(redactor, "redactor is null");
    }

    @Override
    public String toString() {
        return "ResolvedConnection" + options + " " + credentials.type();
    }
}
