package dev.dovetail.appflow.wire;

import java.util.List;
import java.util.Optional;

/**
 * What values a field accepts.
 *
 * @param allowedLengthRange the allowed lengths of a string
 * @param allowedValueRange the allowed values of a number
 * @param allowedValues the only values allowed
 * @param allowedValuesRegexPattern a pattern values must match
 * @param allowedDateFormat the format of date values
 */
public record FieldConstraints(
        Optional<RangeConstraint> allowedLengthRange,
        Optional<RangeConstraint> allowedValueRange,
        Optional<List<String>> allowedValues,
        Optional<String> allowedValuesRegexPattern,
        Optional<String> allowedDateFormat) {

    public FieldConstraints {
        allowedLengthRange = Wire.optional(allowedLengthRange);
        allowedValueRange = Wire.optional(allowedValueRange);
        allowedValues = Wire.list(allowedValues, "constraints", "allowedValues");
        allowedValuesRegexPattern = Wire.optional(allowedValuesRegexPattern);
        allowedDateFormat = Wire.optional(allowedDateFormat);
    }
}
