package dev.dovetail.api;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for misspelt names: the closest candidate by edit distance, ignoring case, when it is
 * close enough to be a plausible typo. Used for unknown options, columns and entities.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidate closest to {@code name}, if its edit distance is at most a third of the longer name
     * (and at least 1 allowed, at most 3).
     */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(candidate -> {
                    int allowed = Math.min(3, Math.max(1, Math.max(name.length(), candidate.length()) / 3));
                    return distance(lower, candidate.toLowerCase(Locale.ROOT)) <= allowed;
                })
                .min(Comparator.comparingInt(candidate -> distance(lower, candidate.toLowerCase(Locale.ROOT))));
    }

    /** {@code "; did you mean 'x'?"} when there is a close candidate, else the empty string. */
    public static String didYouMean(String name, Collection<String> candidates) {
        return closest(name, candidates).map(match -> "; did you mean '" + match + "'?").orElse("");
    }

    /** Levenshtein distance: insertions, deletions and substitutions each count one. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
