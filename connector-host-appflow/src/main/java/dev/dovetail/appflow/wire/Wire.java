package dev.dovetail.appflow.wire;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks applied by the wire records' constructors; failures name the request and the field. */
final class Wire {
    private Wire() {
    }

    /** {@code value}, which the protocol requires. */
    static <T> T required(T value, String record, String field) {
        if (value == null) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                    record + " has no '" + field + "'; the field is required");
        }
        return value;
    }

    /** A required, non-blank string. */
    static String requiredText(String value, String record, String field) {
        if (required(value, record, field).isBlank()) {
            throw new ConnectorException(ErrorCode.INVALID_ARGUMENT, record + " has a blank '" + field + "'; give a value");
        }
        return value;
    }

    /** An immutable copy of string pairs (empty if absent), rejecting NULL values by key. */
    static Map<String, String> pairs(Map<String, String> values, String record, String field) {
        if (values == null) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value == null) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                        record + " has NULL for '" + key + "' in '" + field + "'; give a string or leave the key out");
            }
            copy.put(key, value);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** An immutable copy of an optional list, rejecting NULL elements by position. */
    static <T> Optional<List<T>> list(Optional<List<T>> values, String record, String field) {
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        List<T> list = values.get();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                        record + " has NULL at position " + i + " of '" + field + "'");
            }
        }
        return Optional.of(List.copyOf(list));
    }

    /** An optional that Jackson may hand over as {@code null}. */
    static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
