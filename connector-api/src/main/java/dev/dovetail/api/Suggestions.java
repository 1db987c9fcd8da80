package dev.dovetail.api;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for misspelt names: the closest candidate by edit distance (swaps count as one edit), ignoring case, when it is
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

    /**
     * Edit distance counting insertions, deletions, substitutions and swaps of neighbouring characters
     * as one each (optimal string alignment), so {@code emial} is one edit from {@code email}.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
