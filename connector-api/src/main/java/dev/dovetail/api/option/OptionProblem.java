package dev.dovetail.api.option;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a set of options, attributed to the option it concerns (AppFlow reports these
 * per input field).
 *
 * @param option the option's name as declared (or as given, for an unknown one)
 * @param kind what is wrong
 * @param message a sentence naming the option and saying how to fix it; never contains a secret value
 */
public record OptionProblem(String option, Kind kind, String message) {

    public OptionProblem {
        requireNonNull(option, "option is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(message, "message is null");
    }

    /** The kinds of problem. */
    public enum Kind {
        /** A required option is absent. */
        MISSING,
        /** An option nobody declared; the message suggests the closest known name. */
        UNKNOWN,
        /** An option whose value does not parse or is not one of the allowed values. */
        INVALID,
        /** Options that contradict each other. */
        CONFLICT
    }

    @Override
    public String toString() {
        return message;
    }
}
