package dev.dovetail.appflow;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import dev.dovetail.api.auth.SecretResolver;
import dev.dovetail.api.spi.ConnectorDescriptor;
import dev.dovetail.aws.SecretResolvers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Runs one Dovetail connector as an Amazon AppFlow custom connector: an AWS Lambda
 * {@link RequestStreamHandler} answering the eight AppFlow request types with JSON. The annotation processor
 * generates {@code p.XLambdaHandler extends DovetailLambdaHandler} for connector {@code p.X}, with a public
 * no-argument constructor, which is the handler to register with Lambda.
 *
 * <p>Credentials arrive as the ARN of the connector profile's secret and are resolved by a
 * {@link SecretResolver}: by default {@link SecretResolvers#fromEnvironment()} (AWS Secrets Manager, or a local
 * JSON file when the system property {@code dovetail.secretResolver} or the environment variable
 * {@code DOVETAIL_SECRET_RESOLVER} is {@code file:<path>}). Every failure is answered with
 * {@code isSuccess: false} and AppFlow's {@code errorDetails}; nothing is thrown to Lambda except a failure to
 * read the input or write the output stream.
 *
 * <p>Thread-safe: one instance serves every invocation of a Lambda container.
 */
public class DovetailLambdaHandler implements RequestStreamHandler {
    /**
     * How long before the invocation's end a query page stops reading, so that the answer (up to 6 MB) is
     * written in time.
     */
    public static final Duration ANSWER_RESERVE = Duration.ofSeconds(3);

    private final RequestDispatcher dispatcher;
    private final Clock clock;

    /** The handler of {@code descriptor}'s connector, resolving secrets as the environment says. */
    protected DovetailLambdaHandler(ConnectorDescriptor descriptor) {
        this(descriptor, SecretResolvers.fromEnvironment());
    }

    /**
     * The handler of {@code descriptor}'s connector resolving secrets with {@code secrets}: for running a
     * connector in-process (tests, the harness) with secrets held in memory.
     */
    public DovetailLambdaHandler(ConnectorDescriptor descriptor, SecretResolver secrets) {
        this.clock = Clock.systemUTC();
        this.dispatcher = new RequestDispatcher(new AppFlowHost(requireNonNull(descriptor, "descriptor is null"),
                requireNonNull(secrets, "secrets is null"), clock));
    }

    /**
     * Reads one request from {@code input} and writes its response to {@code output}, both UTF-8 JSON. A query
     * page stops reading {@link #ANSWER_RESERVE} before the invocation's time runs out ({@code context}'s
     * remaining time) and hands back a next token, so a slow source never makes Lambda time out.
     */
    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Optional<Instant> deadline = context == null ? Optional.empty()
                : Optional.of(clock.instant().plusMillis(context.getRemainingTimeInMillis()).minus(ANSWER_RESERVE));
        String request = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        output.write(dispatcher.handle(request, deadline).getBytes(StandardCharsets.UTF_8));
        output.flush();
    }

    /**
     * The response to one request, both as JSON text: the in-process entry point. Never throws; a request that
     * cannot be read or served is answered with {@code isSuccess: false}.
     */
    public final String handle(String requestJson) {
        return dispatcher.handle(requireNonNull(requestJson, "requestJson is null"), Optional.empty());
    }
}
