package dev.dovetail.api.bookmark;

import static java.util.Objects.requireNonNull;

/**
 * Names one bookmark in a {@link BookmarkStore}: the job, and the source within it (Glue's
 * {@code transformation_ctx}).
 *
 * @param jobName the job; not blank
 * @param source the source within the job; not blank
 */
public record BookmarkKey(String jobName, String source) {
    public BookmarkKey {
        requireNonNull(jobName, "jobName is null");
        requireNonNull(source, "source is null");
        if (jobName.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("a bookmark needs a job name and a source; got '" + jobName + "', '" + source + "'");
        }
    }

    @Override
    public String toString() {
        return "job '" + jobName + "' source '" + source + "'";
    }
}
