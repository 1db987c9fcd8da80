package dev.dovetail.api;

import dev.dovetail.api.auth.OAuth2GrantType;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The OAuth 2.0 defaults of a connector, given inside {@link Credentials#oauth2()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface OAuth2 {
    /** Where tokens are obtained. */
    String[] tokenUrls();

    /** Where users sign in, for the authorization-code grant. */
    String[] authUrls() default {};

    /** The scopes to request. */
    String[] scopes() default {};

    /** The grants supported. */
    OAuth2GrantType[] grantTypes() default {OAuth2GrantType.CLIENT_CREDENTIALS};

    /** The allowed redirect URLs. */
    String[] redirectUrls() default {};
}
