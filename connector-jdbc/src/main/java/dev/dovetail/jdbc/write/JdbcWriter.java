package dev.dovetail.jdbc.write;

import dev.dovetail.jdbc.JdbcSession;

import static java.util.Objects.requireNonNull;

/** SKELETON: to be written. */
public final class JdbcWriter {
    private final JdbcSession session;

    public JdbcWriter(JdbcSession session) {
        this.session = requireNonNull(session, "session is null");
    }

    public dev.dovetail.api.write.WriteResult write(dev.dovetail.api.write.WriteRequest request) throws java.sql.SQLException {
        throw new UnsupportedOperationException("skeleton");
    }
}
