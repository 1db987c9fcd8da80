package dev.dovetail.appflow.wire;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An inclusive range of lengths or values.
 *
 * @param minRange the smallest allowed
 * @param maxRange the largest allowed
 */
public record RangeConstraint(Optional<BigDecimal> minRange, Optional<BigDecimal> maxRange) {
    public RangeConstraint {
        minRange = Wire.optional(minRange);
        maxRange = Wire.optional(maxRange);
    }
}
