package dev.dovetail.api.bookmark;

import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.StandardOptions;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A bookmark a read starts after and may commit to: where it is stored and what it tracks.
 *
 * @param key where the bookmark is stored
 * @param spec the key columns, order and lag
 */
public record JobBookmark(BookmarkKey key, BookmarkSpec spec) {
    public JobBookmark {
        requireNonNull(key, "key is null");
        requireNonNull(spec, "spec is null");
    }

    /**
     * The bookmark Glue's options ask for (see {@link BookmarkSpec#fromOptions}), stored under
     * {@code jobName} (else {@code defaultJob}) and {@code transformationContext} (else {@code defaultSource});
     * empty without {@code jobBookmarkKeys}.
     */
    public static Optional<JobBookmark> fromOptions(ConnectionOptions options, String defaultJob, String defaultSource) {
        return BookmarkSpec.fromOptions(options).map(spec -> new JobBookmark(new BookmarkKey(
                options.getNonBlank(StandardOptions.JOB_NAME).orElse(defaultJob),
                options.getNonBlank(StandardOptions.TRANSFORMATION_CONTEXT).orElse(defaultSource)), spec));
    }
}
