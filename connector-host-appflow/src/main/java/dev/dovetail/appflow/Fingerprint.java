package dev.dovetail.appflow;

import dev.dovetail.api.option.SettingDefinition;
import dev.dovetail.api.spi.ConnectorDescriptor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A short digest of what a paged request asks, so that a page token is honoured only for the request that
 * issued it. Values of secret settings and credential keys are left out (only that they are set counts).
 */
final class Fingerprint {
    private Fingerprint() {
    }

    /** The digest of the connector, the settings and {@code parts}, as 16 hex digits. */
    static String of(ConnectorDescriptor descriptor, Map<String, String> settings, List<String> parts) {
        Set<String> hidden = new HashSet<>();
        descriptor.settings().stream().filter(SettingDefinition::secret)
                .forEach(setting -> hidden.add(setting.name().toLowerCase(Locale.ROOT)));
        descriptor.authentication().sensitiveKeys().forEach(key -> hidden.add(key.toLowerCase(Locale.ROOT)));
        StringBuilder text = new StringBuilder(descriptor.info().name()).append('\n');
        new TreeMap<>(settings).forEach((key, value) -> text.append(key).append('=')
                .append(hidden.contains(key.toLowerCase(Locale.ROOT)) ? "(secret)" : value).append('\n'));
        parts.forEach(part -> text.append(part.length()).append(':').append(part).append('\n'));
        return HexFormat.of().formatHex(sha256(text.toString()), 0, 8);
    }

    /** The SHA-256 digest of {@code text} in UTF-8. */
    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
