package dev.dovetail.processor;

import dev.dovetail.api.auth.AuthParameterSpec;
import dev.dovetail.api.auth.AuthType;
import dev.dovetail.api.auth.AuthenticationSpec;
import dev.dovetail.api.auth.CustomAuthSpec;
import dev.dovetail.api.auth.OAuth2GrantType;
import dev.dovetail.api.auth.OAuth2Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.lang.model.element.ExecutableElement;

import static java.util.Objects.requireNonNull;

/**
 * Reads a {@code @Credentials} annotation into an {@link AuthenticationSpec}, reporting declarations
 * the spec would reject: no type, OAUTH2 without exactly one {@code @OAuth2}, CUSTOM without a scheme,
 * and defaults or schemes given for a type that is not accepted.
 */
final class AuthenticationReader {
    private final Reporter reporter;

    AuthenticationReader(Reporter reporter) {
        this.reporter = requireNonNull(reporter, "reporter is null");
    }

    /** The spec declared by {@code credentials} on {@code method}, or empty after reporting why not. */
    Optional<AuthenticationSpec> read(ExecutableElement method, AnnotationReader credentials) {
        int errors = reporter.errorCount();
        String methodName = Descriptions.method(method);
        List<AuthType> types = credentials.enumConstants("value", AuthType.class);
        if (types.isEmpty()) {
            reporter.report(Message.AUTH_NO_TYPES, method, credentials.mirror(), credentials.value("value"), methodName);
        }

        List<AnnotationReader> oauth2 = credentials.annotations("oauth2");
        if (types.contains(AuthType.OAUTH2) && oauth2.size() != 1) {
            reporter.report(Message.AUTH_OAUTH2_MISSING, method, credentials.mirror(), credentials.value("oauth2"),
                    methodName, oauth2.size());
        } else if (!types.contains(AuthType.OAUTH2) && !oauth2.isEmpty()) {
            reporter.report(Message.AUTH_OAUTH2_UNUSED, method, credentials.mirror(), credentials.value("oauth2"),
                    methodName);
        }
        Optional<OAuth2Spec> oauth2Spec = Optional.empty();
        if (types.contains(AuthType.OAUTH2) && oauth2.size() == 1) {
            oauth2Spec = oauth2(method, methodName, oauth2.get(0));
        }

        List<AnnotationReader> custom = credentials.annotations("custom");
        if (types.contains(AuthType.CUSTOM) && custom.isEmpty()) {
            reporter.report(Message.AUTH_CUSTOM_MISSING, method, credentials.mirror(), credentials.value("custom"),
                    methodName);
        } else if (!types.contains(AuthType.CUSTOM) && !custom.isEmpty()) {
            reporter.report(Message.AUTH_CUSTOM_UNUSED, method, credentials.mirror(), credentials.value("custom"),
                    methodName);
        }
        List<CustomAuthSpec> schemes = new ArrayList<>();
        for (AnnotationReader scheme : custom) {
            List<AuthParameterSpec> parameters = scheme.annotations("parameters").stream().map(this::parameter).toList();
            if (parameters.isEmpty()) {
                reporter.report(Message.AUTH_CUSTOM_NO_PARAMETERS, method, credentials.mirror(),
                        credentials.value("custom"), scheme.string("type"), methodName);
            } else {
                schemes.add(new CustomAuthSpec(scheme.string("type"), parameters));
            }
        }

        if (reporter.errorCount() > errors) {
            return Optional.empty();
        }
        return Optional.of(new AuthenticationSpec(types, types.contains(AuthType.OAUTH2) ? oauth2Spec : Optional.empty(),
                types.contains(AuthType.CUSTOM) ? schemes : List.of()));
    }

    private Optional<OAuth2Spec> oauth2(ExecutableElement method, String methodName, AnnotationReader oauth2) {
        List<OAuth2GrantType> grants = oauth2.enumConstants("grantTypes", OAuth2GrantType.class);
        if (grants.isEmpty()) {
            reporter.report(Message.AUTH_OAUTH2_NO_GRANTS, method, oauth2.mirror(), oauth2.value("grantTypes"),
                    methodName);
            return Optional.empty();
        }
        return Optional.of(new OAuth2Spec(oauth2.strings("tokenUrls"), oauth2.strings("authUrls"),
                oauth2.strings("scopes"), grants, oauth2.strings("redirectUrls")));
    }

    private AuthParameterSpec parameter(AnnotationReader parameter) {
        String key = parameter.string("key");
        String label = parameter.string("label");
        String description = parameter.string("description");
        return new AuthParameterSpec(key, label.isEmpty() ? key : label,
                description.isEmpty() ? Optional.empty() : Optional.of(description),
                parameter.bool("required"), parameter.bool("sensitive"), parameter.strings("allowedValues"));
    }
}
