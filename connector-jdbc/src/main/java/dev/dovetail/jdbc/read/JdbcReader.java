package dev.dovetail.jdbc.read;

import dev.dovetail.jdbc.JdbcSession;

import static java.util.Objects.requireNonNull;

/** SKELETON: to be written. */
public final class JdbcReader {
    private final JdbcSession session;

    public JdbcReader(JdbcSession session) {
        this.session = requireNonNull(session, "session is null");
    }

    public void read(dev.dovetail.api.read.ReadRequest request, dev.dovetail.api.read.RowSink sink) throws java.sql.SQLException {
        throw new UnsupportedOperationException("skeleton");
    }
}
