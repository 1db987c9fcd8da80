package dev.dovetail.api.option;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it reaches a message or a log line: every known secret value is
 * replaced by {@value Secret#MASK} (a value of fewer than four characters only where it stands alone, not
 * inside a longer word), and so is the value of any {@code password=...}, {@code secret=...}
 * or {@code token=...} parameter (as found in JDBC URLs and driver errors).
 */
public final class Redactor {
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)\\b(password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|credentials?)=([^&;,\\s)]*)");

    private static final Redactor PARAMETERS_ONLY = new Redactor(List.of());
    /**
     * Values shorter than this are masked only where they stand alone, not inside a longer word: a user
     * named {@code u} must not turn "refused" into "ref****sed".
     */
    private static final int WHOLE_WORD_BELOW = 4;

    private final List<String> secrets;

    private Redactor(Collection<String> secrets) {
        // Longest first, so a secret containing another is masked whole.
        this.secrets = secrets.stream()
                .filter(secret -> !secret.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private static Pattern wholeWord(String secret) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(secret) + "(?![\\p{L}\\p{N}])");
    }

    /** A redactor of the given secret values (and of secret-named parameters). */
    public static Redactor of(Collection<String> secretValues) {
        return new Redactor(secretValues);
    }

    /** A redactor that knows no values and masks only secret-named parameters. */
    public static Redactor parametersOnly() {
        return PARAMETERS_ONLY;
    }

    /** This redactor and {@code other} together. */
    public Redactor and(Redactor other) {
        List<String> all = new ArrayList<>(secrets);
        all.addAll(other.secrets);
        return new Redactor(all);
    }

    /** {@code text} with every secret masked; {@code null} stays {@code null}. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = secret.length() < WHOLE_WORD_BELOW
                    ? wholeWord(secret).matcher(result).replaceAll(Matcher.quoteReplacement(Secret.MASK))
                    : result.replace(secret, Secret.MASK);
        }
        Matcher matcher = SECRET_PARAMETER.matcher(result);
        return matcher.find() ? matcher.replaceAll("$1=" + Matcher.quoteReplacement(Secret.MASK)) : result;
    }

    /**
     * {@code failure} with every message in its cause chain redacted. If nothing needed masking the
     * same throwable is returned; otherwise a chain of {@link RedactedException}s that keep each
     * original class name and stack trace.
     */
    public Throwable redact(Throwable failure) {
        if (failure == null || !needsRedaction(failure)) {
            return failure;
        }
        return copy(failure);
    }

    private boolean needsRedaction(Throwable failure) {
        // A cause chain may loop back on itself (initCause allows it): visit each throwable once.
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.equals(redact(message))) {
                return true;
            }
        }
        return false;
    }

    private RedactedException copy(Throwable failure) {
        return copy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private RedactedException copy(Throwable failure, Set<Throwable> copied) {
        copied.add(failure);
        Throwable cause = failure.getCause();
        RedactedException copy = new RedactedException(
                failure.getClass().getName(),
                redact(failure.getMessage()),
                cause == null || copied.contains(cause) ? null : copy(cause, copied));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** Stands in for a throwable whose message held a secret: same class name and stack, masked message. */
    public static final class RedactedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String originalClassName;

        RedactedException(String originalClassName, String message, Throwable cause) {
            super(message, cause);
            this.originalClassName = originalClassName;
        }

        /** The class of the throwable this one replaces. */
        public String originalClassName() {
            return originalClassName;
        }

        @Override
        public String toString() {
            String message = getMessage();
            return message == null ? originalClassName : originalClassName + ": " + message;
        }
    }
}
