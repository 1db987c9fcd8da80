package dev.dovetail.jdbc.metadata;

import dev.dovetail.jdbc.JdbcSession;

import static java.util.Objects.requireNonNull;

/** SKELETON: to be written. */
public final class JdbcCatalog {
    private final JdbcSession session;

    public JdbcCatalog(JdbcSession session) {
        this.session = requireNonNull(session, "session is null");
    }

    public java.util.List<dev.dovetail.api.schema.Entity> entities() throws java.sql.SQLException {
        throw new UnsupportedOperationException("skeleton");
    }

    public dev.dovetail.api.schema.EntitySchema describe(String entity) throws java.sql.SQLException {
        throw new UnsupportedOperationException("skeleton");
    }
}
