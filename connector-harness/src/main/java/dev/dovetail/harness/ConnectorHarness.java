package dev.dovetail.harness;

import dev.dovetail.api.auth.ConnectionCatalog;
import dev.dovetail.api.auth.InMemoryConnectionCatalog;
import dev.dovetail.api.auth.InMemorySecretResolver;
import dev.dovetail.api.auth.SecretResolver;
import dev.dovetail.api.bookmark.BookmarkStore;
import dev.dovetail.api.bookmark.InMemoryBookmarkStore;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.OptionProblem;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.runtime.ConnectorRuntime;
import dev.dovetail.api.runtime.ReadPlan;
import dev.dovetail.api.runtime.ReadPlanner;
import dev.dovetail.api.runtime.ReadQuery;
import dev.dovetail.api.runtime.ResolvedConnection;
import dev.dovetail.api.runtime.RuntimeSession;
import dev.dovetail.api.runtime.SplitPlan;
import dev.dovetail.api.runtime.WritePlanner;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.spi.ConnectorDescriptor;
import dev.dovetail.api.spi.ConnectorDescriptors;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteResult;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Runs any connector in-process, in milliseconds, through the same runtime the Glue and AppFlow hosts
 * use: options as Glue passes them, secrets and connections held in memory, partitioned reads on a thread
 * pool with one session per split, and job bookmarks in a {@link BookmarkStore}.
 *
 * <pre>{@code
 * ConnectorHarness harness = ConnectorHarness.forConnector(CsvConnector.class)
 *         .withOption("directory", dir.toString());
 * ReadResult first = harness.read("orders").rangePartitioned("id", 0, 1000, 4)
 *         .bookmark(BookmarkSpec.ascending("id")).run();
 * first.commit();
 * }</pre>
 *
 * <p>A harness is immutable: each {@code with...} returns a new one. Copies share the bookmark store, so a
 * bookmark committed through one is seen by reads through the others. The residual predicate,
 * projection and limit are enforced by the runtime whatever the connector pushes; a connector that
 * throws surfaces as a {@link dev.dovetail.api.ConnectorException} naming the split, and nothing is
 * committed.
 */
public final class ConnectorHarness {
    /** The job name bookmarks are stored under unless {@link #withJobName} or the {@code jobName} option says otherwise. */
    public static final String DEFAULT_JOB = "harness";

    private final ConnectorDescriptor descriptor;
    private final Map<String, String> options;
    private final Map<String, Map<String, String>> secrets;
    private final Map<String, Map<String, String>> connections;
    private final BookmarkStore bookmarks;
    private final int parallelism;
    private final String jobName;
    private final Clock clock;

    private ConnectorHarness(ConnectorDescriptor descriptor, Map<String, String> options,
                             Map<String, Map<String, String>> secrets, Map<String, Map<String, String>> connections,
                             BookmarkStore bookmarks, int parallelism, String jobName, Clock clock) {
        this.descriptor = descriptor;
        this.options = Map.copyOf(options);
        this.secrets = Map.copyOf(secrets);
        this.connections = Map.copyOf(connections);
        this.bookmarks = bookmarks;
        this.parallelism = parallelism;
        this.jobName = jobName;
        this.clock = clock;
    }

    /**
     * A harness for {@code connectorClass}, found through its generated descriptor; no options, no
     * secrets, no connections, an empty in-memory bookmark store, one thread per available processor.
     */
    public static ConnectorHarness forConnector(Class<?> connectorClass) {
        return forDescriptor(ConnectorDescriptors.forClass(connectorClass));
    }

    /** A harness for the connector {@code descriptor} describes. */
    public static ConnectorHarness forDescriptor(ConnectorDescriptor descriptor) {
        return new ConnectorHarness(requireNonNull(descriptor, "descriptor is null"), Map.of(), Map.of(), Map.of(),
                new InMemoryBookmarkStore(), Runtime.getRuntime().availableProcessors(), DEFAULT_JOB, Clock.systemUTC());
    }

    /** This harness with one more option (replacing one of the same name, ignoring case). */
    public ConnectorHarness withOption(String key, String value) {
        Map<String, String> changed = new LinkedHashMap<>(options);
        changed.keySet().removeIf(existing -> existing.equalsIgnoreCase(key));
        changed.put(requireNonNull(key, "key is null"), requireNonNull(value, "value of option " + key + " is null"));
        return new ConnectorHarness(descriptor, changed, secrets, connections, bookmarks, parallelism, jobName, clock);
    }

    /** This harness with more options. */
    public ConnectorHarness withOptions(Map<String, String> more) {
        ConnectorHarness result = this;
        for (Map.Entry<String, String> entry : more.entrySet()) {
            result = result.withOption(entry.getKey(), entry.getValue());
        }
        return result;
    }

    /** This harness without the option {@code key}. */
    public ConnectorHarness withoutOption(String key) {
        Map<String, String> changed = new LinkedHashMap<>(options);
        changed.keySet().removeIf(existing -> existing.equalsIgnoreCase(key));
        return new ConnectorHarness(descriptor, changed, secrets, connections, bookmarks, parallelism, jobName, clock);
    }

    /** This harness with the secret {@code secretId} held in memory; name it with the {@code secretId} option. */
    public ConnectorHarness withSecret(String secretId, Map<String, String> values) {
        return new ConnectorHarness(descriptor, options, stored(secrets, requireNonNull(secretId, "secretId is null"), values),
                connections, bookmarks, parallelism, jobName, clock);
    }

    /**
     * This harness with the connection {@code name} held in memory, replacing one of that name; name it with the
     * {@code connectionName} option. Its properties are the base of the options, which win over them; they may
     * be spelt as options ({@code url}, {@code user}, {@code password}, {@code secretId}) or as Glue's JDBC
     * connections spell them ({@code JDBC_CONNECTION_URL}, {@code USERNAME}, {@code PASSWORD}, {@code SECRET_ID});
     * see {@link dev.dovetail.api.auth.ConnectionMerge}.
     */
    public ConnectorHarness withConnection(String name, Map<String, String> properties) {
        return new ConnectorHarness(descriptor, options, secrets, stored(connections, requireNonNull(name, "name is null"),
                properties), bookmarks, parallelism, jobName, clock);
    }

    /** {@code entries} with {@code values} stored under {@code name}, replacing what was there. */
    private static Map<String, Map<String, String>> stored(Map<String, Map<String, String>> entries, String name,
                                                           Map<String, String> values) {
        Map<String, Map<String, String>> changed = new HashMap<>(entries);
        changed.put(name, Map.copyOf(values));
        return changed;
    }

    /** This harness committing bookmarks to {@code store} (a {@code FileBookmarkStore} for durable ones). */
    public ConnectorHarness withBookmarkStore(BookmarkStore store) {
        return new ConnectorHarness(descriptor, options, secrets, connections, requireNonNull(store, "store is null"),
                parallelism, jobName, clock);
    }

    /** This harness reading at most {@code threads} splits at once. */
    public ConnectorHarness withParallelism(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + threads);
        }
        return new ConnectorHarness(descriptor, options, secrets, connections, bookmarks, threads, jobName, clock);
    }

    /** This harness storing bookmarks under job {@code name}. */
    public ConnectorHarness withJobName(String name) {
        return new ConnectorHarness(descriptor, options, secrets, connections, bookmarks, parallelism,
                requireNonNull(name, "name is null"), clock);
    }

    /** This harness measuring bookmark lag windows from {@code clock}. */
    public ConnectorHarness withClock(Clock clock) {
        return new ConnectorHarness(descriptor, options, secrets, connections, bookmarks, parallelism, jobName,
                requireNonNull(clock, "clock is null"));
    }

    /** The connector's descriptor. */
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    /** The options as given (secrets masked in {@code toString}). */
    public ConnectionOptions options() {
        return ConnectionOptions.of(options);
    }

    /** The bookmark store reads start after and commit to. */
    public BookmarkStore bookmarkStore() {
        return bookmarks;
    }

    /**
     * The secrets this harness holds in memory, as the runtime resolves them (for {@code secretId}). A
     * snapshot: secrets added later with {@link #withSecret} go to the new harness, not to this resolver.
     */
    public SecretResolver secrets() {
        return secretResolver();
    }

    /**
     * The connections this harness holds in memory, as the runtime resolves them (for {@code connectionName}).
     * A snapshot: connections added later with {@link #withConnection} go to the new harness, not to this catalog.
     * Without any, {@link ConnectionCatalog#none()}, whose failure says how to add one.
     */
    public ConnectionCatalog connections() {
        return connectionCatalog();
    }

    /** The job name bookmarks are stored under. */
    public String jobName() {
        return ConnectionOptions.of(options).getNonBlank("jobName").orElse(jobName);
    }

    /** Every problem with the options (settings, unknown keys, connection, secret, credentials); empty if none. */
    public List<OptionProblem> validateSettings() {
        return runtime().validate(options());
    }

    /**
     * Opens and closes a session, which runs the connector's {@code @Credentials} method.
     *
     * @throws dev.dovetail.api.ConnectorException if the options are invalid or the credentials do not work
     */
    public void validateCredentials() {
        runtime().open(options()).close();
    }

    /** The entities the connector offers. */
    public List<Entity> listEntities() {
        try (RuntimeSession session = runtime().open(options())) {
            return session.listEntities();
        }
    }

    /** The schema of {@code entity}. */
    public EntitySchema describe(String entity) {
        try (RuntimeSession session = runtime().open(options())) {
            return session.describeEntity(entity);
        }
    }

    /** Starts setting up a read of {@code entity}, partitioned and bookmarked as the options say. */
    public HarnessRead read(String entity) {
        return new HarnessRead(this, ReadQuery.fromOptions(entity, options(), jobName()), entity);
    }

    /**
     * Reads as an AWS Glue (Spark) job would, from the Glue options, exposing the plan; see {@link GlueHost}.
     * Uses the same planner, split reader and sessions as {@link #read}.
     */
    public GlueHost glue() {
        return new GlueHost(this);
    }

    /**
     * Runs the connector as Amazon AppFlow does, in-process: requests serialized to JSON, sent through the
     * AppFlow host's Lambda handler, answers parsed back; see {@link AppFlowHost}. Needs
     * {@code dev.dovetail:connector-host-appflow} on the class path.
     *
     * @throws dev.dovetail.api.ConnectorException {@link dev.dovetail.api.ErrorCode#CLIENT_ERROR} saying which
     *     dependency to add, if the AppFlow host is not on the class path
     */
    public AppFlowHost appflow() {
        if (!HostRuntimes.appflowAvailable()) {
            throw new dev.dovetail.api.ConnectorException(dev.dovetail.api.ErrorCode.CLIENT_ERROR, "harness.appflow() runs"
                    + " the AppFlow host, which is not on the class path: add the dependency"
                    + " dev.dovetail:connector-host-appflow (scope provided or test)");
        }
        return new AppFlowHost(this);
    }

    /** Starts setting up a write to {@code entity}. */
    public HarnessWrite write(String entity) {
        return new HarnessWrite(this, entity);
    }

    ReadPlan plan(ReadQuery query) {
        ConnectorRuntime runtime = runtime();
        return plan(runtime, runtime.resolve(options()), query);
    }

    ReadResult execute(ReadQuery query, boolean keepRows, Function<SplitPlan, RowSink> sinks) {
        ConnectorRuntime runtime = runtime();
        ResolvedConnection connection = runtime.resolve(options());
        ReadPlan plan = plan(runtime, connection, query);
        List<SplitExecutor.Completed> completed = SplitExecutor.run(runtime, connection, plan, keepRows, sinks, parallelism);
        return new ReadResult(plan,
                completed.stream().map(SplitExecutor.Completed::result).toList(),
                keepRows,
                plan.nextBookmark(completed.stream().map(SplitExecutor.Completed::outcome).toList()),
                bookmarks);
    }

    private ReadPlan plan(ConnectorRuntime runtime, ResolvedConnection connection, ReadQuery query) {
        try (RuntimeSession session = runtime.open(connection)) {
            return ReadPlanner.plan(session, descriptor.readCapabilities(), query, bookmarks, clock);
        }
    }

    WriteResult executeWrite(String entity, WriteOperationType operation, Optional<List<String>> columns,
                             Optional<List<String>> idFields, List<Row> records, boolean allOrNone,
                             boolean truncateFirst) {
        try (RuntimeSession session = runtime().open(options())) {
            EntitySchema schema = session.describeEntity(entity);
            return session.write(WritePlanner.prepare(descriptor.info().name(), descriptor.writeCapabilities(), schema,
                    operation, columns, idFields, records, allOrNone, truncateFirst));
        }
    }

    private ConnectorRuntime runtime() {
        return new ConnectorRuntime(descriptor, secretResolver(), connectionCatalog(), List.of());
    }

    private ConnectionCatalog connectionCatalog() {
        if (connections.isEmpty()) {
            return ConnectionCatalog.none(); // its message says to add one with withConnection
        }
        InMemoryConnectionCatalog catalog = new InMemoryConnectionCatalog();
        connections.forEach(catalog::put);
        return catalog;
    }

    private SecretResolver secretResolver() {
        InMemorySecretResolver resolver = new InMemorySecretResolver();
        secrets.forEach(resolver::put);
        return resolver;
    }

    @Override
    public String toString() {
        return "ConnectorHarness{" + descriptor.info().name() + ", options=" + options() + ", secrets=" + secrets.keySet()
                + ", connections=" + connections.keySet() + "}";
    }
}
