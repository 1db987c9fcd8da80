package dev.dovetail.api.bookmark;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;

import java.util.Locale;

/** The direction of a job bookmark, Glue's {@code jobBookmarkKeysSortOrder}. */
public enum SortOrder {
    /** Keys grow: a run reads rows after the greatest key tuple committed. */
    ASC,
    /** Keys shrink: a run reads rows before the smallest key tuple committed. */
    DESC;

    /**
     * {@code asc} or {@code desc}, ignoring case.
     *
     * @throws ConnectorException {@link ErrorCode#INVALID_ARGUMENT} for anything else
     */
    public static SortOrder parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "asc" -> ASC;
            case "desc" -> DESC;
            default -> throw new ConnectorException(ErrorCode.INVALID_ARGUMENT,
                    "option 'jobBookmarkKeysSortOrder' must be asc or desc but was '" + text + "'");
        };
    }
}
