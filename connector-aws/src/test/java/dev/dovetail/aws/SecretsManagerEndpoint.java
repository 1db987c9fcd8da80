package dev.dovetail.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-process HTTP endpoint answering Secrets Manager's {@code GetSecretValue} as the service does on the
 * wire (AWS JSON 1.1: {@code POST /} with {@code X-Amz-Target: secretsmanager.GetSecretValue}, a JSON body
 * {@code {"SecretId": ...}}; errors as HTTP 400/500 with {@code __type} and {@code Message}), so the real
 * SDK client is tested through its endpoint override. It refuses a request that is not SigV4-signed for
 * the {@code secretsmanager} service. Secrets and failures are set per id by the test.
 */
final class SecretsManagerEndpoint implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    /** One received request: the id asked for and the signature's credential scope. */
    record Request(String target, String secretId, String authorization) {
    }

    private sealed interface Answer {
    }

    private record Secret(String secretString, boolean binary) implements Answer {
    }

    private record Failure(int status, String type, String message) implements Answer {
    }

    SecretsManagerEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void putSecretString(String secretId, String secretString) {
        answers.put(secretId, new Secret(secretString, false));
    }

    void putSecretBinary(String secretId) {
        answers.put(secretId, new Secret("", true));
    }

    void fail(String secretId, int status, String type, String message) {
        answers.put(secretId, new Failure(status, type, message));
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    long requestsFor(String secretId) {
        return requests.stream().filter(request -> secretId.equals(request.secretId())).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String secretId = body.path("SecretId").asText(null);
            requests.add(new Request(target, secretId, authorization));
            if (!"POST".equals(exchange.getRequestMethod()) || !"secretsmanager.GetSecretValue".equals(target)) {
                respond(exchange, 400, error("UnknownOperationException", "unexpected " + exchange.getRequestMethod() + " " + target));
                return;
            }
            if (!authorization.startsWith("AWS4-HMAC-SHA256 Credential=") || !authorization.contains("/secretsmanager/aws4_request")) {
                respond(exchange, 400, error("IncompleteSignatureException", "request is not signed for secretsmanager"));
                return;
            }
            Answer answer = secretId == null ? new Failure(400, "InvalidParameterException", "SecretId is required")
                    : answers.getOrDefault(secretId, new Failure(400, "ResourceNotFoundException",
                            "Secrets Manager can't find the specified secret."));
            if (answer instanceof Failure failure) {
                respond(exchange, failure.status(), error(failure.type(), failure.message()));
            } else if (answer instanceof Secret secret) {
                ObjectNode response = JSON.createObjectNode()
                        .put("ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:" + secretId + "-AbCdEf")
                        .put("Name", secretId)
                        .put("VersionId", "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111")
                        .put("CreatedDate", 1.523477145713E9);
                response.putArray("VersionStages").add("AWSCURRENT");
                if (secret.binary()) {
                    response.put("SecretBinary", "AAECAw==");
                } else {
                    response.put("SecretString", secret.secretString());
                }
                respond(exchange, 200, response);
            }
        }
    }

    private static ObjectNode error(String type, String message) {
        return JSON.createObjectNode().put("__type", type).put("Message", message);
    }

    private static void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().set("x-amzn-RequestId", "6f1d5b1e-0000-0000-0000-000000000000");
        if (status != 200) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", body.path("__type").asText());
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
