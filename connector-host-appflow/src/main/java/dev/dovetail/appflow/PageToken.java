package dev.dovetail.appflow;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Where a paged read stopped, as an opaque {@code nextToken}: the split and the number of its rows already
 * returned, the rows returned over all pages (for a {@code LIMIT}), the request's {@link Fingerprint} and a
 * check digest, base64url-encoded. A token that was altered, belongs to another request or is not one at all
 * is rejected with {@link ErrorCode#INVALID_ARGUMENT}.
 *
 * @param kind what is paged ({@code records}, {@code entities})
 * @param request the fingerprint of the request that issued it
 * @param split the split to continue in
 * @param offset the rows of that split already returned
 * @param returned the rows returned by all pages so far
 */
record PageToken(String kind, String request, int split, long offset, long returned) {
    private static final String VERSION = "1";
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    PageToken {
        if (!WORD.matcher(kind).matches() || !WORD.matcher(request).matches()) {
            throw new IllegalArgumentException("a token's kind and request are lower-case words");
        }
        if (split < 0 || offset < 0 || returned < 0) {
            throw new IllegalArgumentException("a token's positions are not negative");
        }
    }

    /** The token's text. */
    String encode() {
        String payload = String.join("|", VERSION, kind, request, Integer.toString(split), Long.toString(offset),
                Long.toString(returned));
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((payload + "|" + check(payload)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The token {@code text} encodes, checked to be of {@code kind} and issued for {@code request}.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} otherwise
     */
    static PageToken decode(String text, String kind, String request) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException notBase64) {
            throw rejected(text, "it is not a token this connector issued");
        }
        if (parts.length != 7 || !parts[0].equals(VERSION)) {
            throw rejected(text, "it is not a token this connector issued");
        }
        String payload = String.join("|", parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
        if (!check(payload).equals(parts[6])) {
            throw rejected(text, "it was altered");
        }
        if (!parts[1].equals(kind) || !parts[2].equals(request)) {
            throw rejected(text, "it was issued for another request (the entity, fields, filter or settings changed)");
        }
        try {
            return new PageToken(parts[1], parts[2], Integer.parseInt(parts[3]), Long.parseLong(parts[4]),
                    Long.parseLong(parts[5]));
        } catch (IllegalArgumentException badNumber) {
            throw rejected(text, "it was altered");
        }
    }

    private static String check(String payload) {
        return HexFormat.of().formatHex(Fingerprint.sha256("dovetail-page-token|" + payload), 0, 8);
    }

    private static ConnectorException rejected(String text, String why) {
        String shown = text.length() > 48 ? text.substring(0, 48) + "..." : text;
        return new ConnectorException(ErrorCode.INVALID_ARGUMENT, "nextToken '" + shown + "' cannot be used: " + why
                + "; send the request again without a nextToken to start from the first page");
    }
}
