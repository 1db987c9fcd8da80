package dev.dovetail.harness.conformance;

import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.read.Row;
import dev.dovetail.harness.ConnectorHarness;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a connector author supplies to run the {@link ConnectorConformanceSuite}: a harness, and a way to
 * store rows in the external system behind it without going through the connector (a file, a JDBC
 * statement, an API call). The suite creates one context per test, through
 * {@link ConnectorConformanceSuite#context()}, and closes it afterwards if it is {@link AutoCloseable}.
 *
 * <p>Rows are {@link ConformanceData} rows: {@code id, name, score, updated_at}, in that order. The
 * connector must describe the entity {@link #entity()} with at least these columns, of these types; it
 * may have more, which the suite does not read.
 */
public interface ConformanceContext {

    /** A harness for the connector with valid options (and secrets) reaching the external system. */
    ConnectorHarness harness();

    /** The entity the suite reads and writes. */
    default String entity() {
        return "conformance";
    }

    /**
     * Creates the entity, or empties it, and stores exactly {@code rows} in it. Consume the stream as you
     * store (it may hold hundreds of thousands of rows; see {@link #largeRowCount()}).
     */
    void seed(Stream<Row> rows) throws Exception;

    /** Adds {@code rows} to the entity, as another writer would between two runs of a job. */
    void insert(List<Row> rows) throws Exception;

    /**
     * Options that replace valid credentials with wrong ones (a wrong password, a revoked key); the
     * connector must refuse them with {@link ErrorCode#INVALID_CREDENTIALS}, and the values of secret
     * options must not appear in the message. Empty if the connector has no credentials to get wrong;
     * the credential cases are then skipped.
     */
    default Optional<Map<String, String>> badCredentials() {
        return Optional.empty();
    }

    /**
     * Damages the stored entity so that reading it fails inside the connector (a malformed record, a
     * dropped column), and returns the error code the connector reports for it. Empty to skip the case.
     */
    default Optional<ErrorCode> breakEntity() throws Exception {
        return Optional.empty();
    }

    /** How many rows the constant-memory case seeds and counts. */
    default int largeRowCount() {
        return 200_000;
    }
}
