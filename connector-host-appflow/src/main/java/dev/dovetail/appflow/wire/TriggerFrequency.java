package dev.dovetail.appflow.wire;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Locale;

/**
 * How often a scheduled flow may run, written as the Java SDK names them; the Python SDK's names
 * ({@code Minutely}, {@code Hourly}, ...) are read too.
 */
public enum TriggerFrequency {
    BYMINUTE, HOURLY, DAILY, WEEKLY, MONTHLY, ONCE;

    /** The frequency {@code name} denotes, in either SDK's spelling. */
    @JsonCreator
    public static TriggerFrequency of(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        if (upper.equals("MINUTELY")) {
            return BYMINUTE;
        }
        try {
            return valueOf(upper);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a trigger frequency; use one of "
                    + java.util.Arrays.toString(values()), e);
        }
    }
}
