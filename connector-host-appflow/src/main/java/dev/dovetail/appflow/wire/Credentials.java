package dev.dovetail.appflow.wire;

import java.util.Optional;

/**
 * Where a connector profile's credentials are: the ARN of the Secrets Manager secret AppFlow stored them in,
 * and their type. Both are optional on the wire; the handlers say when they need them.
 *
 * @param secretArn the secret's ARN (any id the host's {@link dev.dovetail.api.auth.SecretResolver} resolves)
 * @param authenticationType the kind of credentials the secret holds
 */
public record Credentials(Optional<String> secretArn, Optional<AuthenticationType> authenticationType) {
    public Credentials {
        secretArn = Wire.optional(secretArn);
        authenticationType = Wire.optional(authenticationType);
    }
}
