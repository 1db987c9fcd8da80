package dev.dovetail.api;

import dev.dovetail.api.auth.AuthType;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that opens a connection: it receives the {@link Settings} record and, optionally,
 * the resolved {@link dev.dovetail.api.auth.ResolvedCredentials}, proves they work (connects, calls a cheap
 * endpoint) and returns the session object the other methods receive. Signature:
 * <pre>{@code public S connect(MySettings settings, dev.dovetail.api.auth.ResolvedCredentials credentials)}</pre>
 * where {@code S} is any class; if it is {@link AutoCloseable} it is closed when the session ends.
 * Invalid credentials are reported as a {@link ConnectorException} with {@link ErrorCode#INVALID_CREDENTIALS}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Credentials {
    /** The accepted authentication types, in order of preference. */
    AuthType[] value() default {AuthType.NONE};

    /** The OAuth 2.0 defaults; required when {@link AuthType#OAUTH2} is accepted. */
    OAuth2[] oauth2() default {};

    /** The custom schemes; required when {@link AuthType#CUSTOM} is accepted. */
    CustomAuth[] custom() default {};
}
