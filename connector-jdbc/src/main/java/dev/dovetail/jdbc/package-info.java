/**
 * The JDBC connector: any database with a JDBC driver, with AWS Glue's JDBC connection options
 * ({@code url}, {@code user}/{@code password} or {@code secretId}, {@code dbTable} or {@code query},
 * {@code filterPredicate}, {@code dataTypeMapping}, {@code fetchsize}, {@code queryTimeout},
 * {@code sessionInitStatement}, and the runtime's partitioning and bookmark options).
 *
 * <h2>Entities</h2>
 * Tables and views, named {@code orders} in the session's current schema and {@code sales.orders} in
 * another; on MySQL/MariaDB the tables of the URL's database. Names are spelt as the database stores them,
 * and a name that matches no table exactly matches the one table equal to it ignoring case (see
 * {@link dev.dovetail.jdbc.metadata.JdbcCatalog}). With option {@code query} the connection reads the query as
 * the one entity {@link dev.dovetail.jdbc.JdbcConnector#QUERY_ENTITY} ({@code "query"}); giving a table
 * besides is an error naming both options. A query may end in {@code WHERE}: the filter and split
 * predicates are then appended to it (they name the query's base columns), else it is a subquery.
 *
 * <h2>Types</h2>
 * Mapped per dialect ({@link dev.dovetail.jdbc.metadata.JdbcTypes} and each dialect's {@code dataType}):
 * numeric without a declared precision is DECIMAL(38,18); MySQL's unsigned integers widen (INT UNSIGNED is
 * LONG, BIGINT UNSIGNED DECIMAL(20,0)); {@code tinyint(1)}, {@code bit(1)} and {@code boolean} are BOOLEAN;
 * {@code json}, {@code jsonb}, {@code uuid}, TIME and unknown types are STRING; PostgreSQL and H2 arrays are
 * LISTs of their element type; binaries and BLOBs are BINARY. A TIMESTAMP without time zone is read as a UTC
 * wall time (10:00 stored is 10:00Z), a TIMESTAMP WITH TIME ZONE ({@code timestamptz}) as its instant;
 * predicates bind instants the same way. Option {@code dataTypeMapping} then remaps by JDBC type name
 * ({@link dev.dovetail.jdbc.metadata.DataTypeMapping}); a remapped column is filtered by the runtime.
 *
 * <h2>Reading</h2>
 * One SELECT per split with the projection, the predicate (split, bookmark and query filters: all bound
 * parameters) and the limit pushed ({@link dev.dovetail.jdbc.read.JdbcReader}). Results stream with
 * {@code fetchsize} rows per round trip: PostgreSQL inside a transaction of the read's own (its driver
 * streams only with autocommit off), MariaDB Connector/J as it is, MySQL Connector/J with
 * {@code Integer.MIN_VALUE} unless the URL sets {@code useCursorFetch=true}. Hash partitioning hashes with
 * the database's own function ({@code hashtext}, {@code CRC32}, {@code ORA_HASH}, {@code CHECKSUM}); NULLs
 * land in bucket 0.
 *
 * <h2>Errors</h2>
 * Database failures are {@link dev.dovetail.api.ConnectorException}s coded by SQLSTATE class
 * ({@link dev.dovetail.jdbc.JdbcErrors}): 08 and a terminated backend SERVICE_UNAVAILABLE (retryable), 28
 * INVALID_CREDENTIALS, 42 INVALID_ARGUMENT, 57014 and statement timeouts REQUEST_TIMEOUT, with the SQLSTATE
 * and the driver's message, never a password.
 */
package dev.dovetail.jdbc;
