package dev.dovetail.harness.assertj;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Builds assertion messages in AssertJ's form: what was examined, what was expected, what was found,
 * each value indented on its own line. Long lists are cut so a message stays readable.
 */
final class Failure {
    /** The most items of a list a message shows. */
    static final int SHOWN = 20;

    private Failure() {
    }

    /**
     * {@code Expecting <subject> <expectation>:\n  <expected>\nbut was:\n  <actual>}.
     */
    static String expecting(Object subject, String expectation, Object expected, Object actual) {
        return "%nExpecting %s %s:%n  %s%nbut was:%n  %s".formatted(subject, expectation, expected, actual);
    }

    /** The items of {@code values}, one per indented line, at most {@link #SHOWN} of them. */
    static String lines(Collection<?> values) {
        if (values.isEmpty()) {
            return "(none)";
        }
        String shown = values.stream().limit(SHOWN).map(String::valueOf).collect(Collectors.joining("%n  ".formatted()));
        return values.size() > SHOWN ? shown + "%n  ... and %d more".formatted(values.size() - SHOWN) : shown;
    }
}
