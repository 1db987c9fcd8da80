package dev.dovetail.jdbc;

import dev.dovetail.api.Connector;
import dev.dovetail.api.Credentials;
import dev.dovetail.api.Metadata;
import dev.dovetail.api.ReadOperation;
import dev.dovetail.api.WriteOperation;
import dev.dovetail.api.auth.AuthType;
import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;
import dev.dovetail.jdbc.metadata.JdbcCatalog;
import dev.dovetail.jdbc.read.JdbcReader;
import dev.dovetail.jdbc.write.JdbcWriter;

import java.sql.SQLException;
import java.util.List;

import static dev.dovetail.api.predicate.PredicateOperator.*;
import static dev.dovetail.api.write.WriteOperationType.*;

/**
 * Any JDBC database as a Dovetail connector, with Glue's JDBC connection options. Every method is a
 * line that hands the work to the class with that role: the session, the catalog, the reader, the writer.
 */
@Connector(name = "jdbc", owner = "Dovetail", description = "Any JDBC database: tables, views or a query")
public final class JdbcConnector {
    /**
     * The entity name under which a connection with option {@code query} reads that query: hosts and the
     * harness pass it as the entity when {@code dbTable} is absent ({@code harness.read(JdbcConnector.QUERY_ENTITY)}).
     * With {@code query} set, asking for any other entity is the conflict of {@code dbTable} with {@code query}.
     */
    public static final String QUERY_ENTITY = "query";

    @Credentials({AuthType.BASIC, AuthType.NONE})
    public JdbcSession connect(JdbcSettings settings, ResolvedCredentials credentials) {
        return JdbcSession.open(settings, credentials);
    }

    @Metadata
    public List<Entity> entities(JdbcSession session) throws SQLException {
        return new JdbcCatalog(session).entities();
    }

    @Metadata
    public EntitySchema describe(JdbcSession session, String entity) throws SQLException {
        return new JdbcCatalog(session).describe(entity);
    }

    @ReadOperation(projection = true, limit = true, filters = {EQUAL, NOT_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL,
            GREATER_THAN, GREATER_THAN_OR_EQUAL, IN, IS_NULL, IS_NOT_NULL, BETWEEN, CONTAINS, STARTS_WITH, ENDS_WITH, OR, NOT, HASH_BUCKET, NATIVE})
    public void read(JdbcSession session, ReadRequest request, RowSink sink) throws SQLException {
        new JdbcReader(session).read(request, sink);
    }

    @WriteOperation(value = {INSERT, UPDATE, UPSERT, DELETE}, allOrNone = true, truncate = true)
    public WriteResult write(JdbcSession session, WriteRequest request) {
        return new JdbcWriter(session).write(request);
    }
}
