package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.AuthParameterSpec;
import dev.dovetail.api.auth.AuthType;
import dev.dovetail.api.auth.AuthenticationSpec;
import dev.dovetail.api.auth.CustomAuthSpec;
import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.api.auth.InMemoryConnectionCatalog;
import dev.dovetail.api.auth.InMemorySecretResolver;
import dev.dovetail.api.bookmark.InMemoryBookmarkStore;
import dev.dovetail.api.option.ConnectionOptions;
import dev.dovetail.api.option.InvalidOptionsException;
import dev.dovetail.api.option.OptionProblem;
import dev.dovetail.api.option.Redactor;
import dev.dovetail.api.option.Secret;
import dev.dovetail.api.option.SettingDefinition;
import dev.dovetail.api.option.SettingType;
import dev.dovetail.api.partition.PartitionRequest;
import dev.dovetail.api.partition.PartitioningSpec;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.read.ReadRequest;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.read.RowSink;
import dev.dovetail.api.read.Split;
import dev.dovetail.api.schema.Entity;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.spi.ConnectorSession;
import dev.dovetail.api.spi.ReadCapabilities;
import dev.dovetail.api.write.RecordResult;
import dev.dovetail.api.write.WriteOperationType;
import dev.dovetail.api.write.WriteRequest;
import dev.dovetail.api.write.WriteResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.dovetail.api.runtime.Reads.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** {@link ConnectorRuntime}, {@link RuntimeSession} and how failures surface from them. */
class ConnectorRuntimeTest {
    private static final List<SettingDefinition> SETTINGS = List.of(
            SettingDefinition.builder("region", SettingType.STRING).required(true).allowedValues(List.of("eu", "us")).build(),
            SettingDefinition.builder("pageSize", SettingType.INT).defaultValue("100").build(),
            SettingDefinition.builder("signingKey", SettingType.INT).secret(true).build());

    private final InMemorySecretResolver secrets = new InMemorySecretResolver()
            .put("prod", Map.of("username", "svc", "password", "s3cr3t-pw", "region", "eu"));

    private static final String CONNECTION_PASSWORD = "c0nn-Pa55";

    private final InMemoryConnectionCatalog connections = new InMemoryConnectionCatalog()
            .put("eu-db", Map.of("USERNAME", "svc", "PASSWORD", CONNECTION_PASSWORD, "region", "eu", "engine", "postgres"))
            .put("vaulted", Map.of("SECRET_ID", "prod", "pageSize", "7"));

    private MemoryConnector basicConnector() {
        return Reads.people().settings(SETTINGS).authentication(AuthenticationSpec.of(AuthType.BASIC));
    }

    private ConnectorRuntime runtime(MemoryConnector connector) {
        return new ConnectorRuntime(connector, secrets, connections, List.of("sparkOnly"));
    }

    // ---- validate ----

    @Test
    void goodOptionsValidate() {
        ConnectorRuntime runtime = runtime(basicConnector());
        assertThat(runtime.validate(ConnectionOptions.of("region", "EU", "user", "ada", "password", "pw", "dbTable", "people",
                "sparkOnly", "x", "numPartitions", "4"))).isEmpty();
        assertThat(runtime.validate(ConnectionOptions.of("secretId", "prod"))).isEmpty();
    }

    @Test
    void validateReportsSettingsUnknownKeysAndCredentialsTogetherWithoutSecrets() {
        ConnectorRuntime runtime = runtime(basicConnector());

        List<OptionProblem> problems = runtime.validate(ConnectionOptions.of(
                "pageSize", "big", "signingKey", "k-9x9", "colour", "red", "regoin", "eu", "password", "hunter2"));

        assertThat(problems).extracting(OptionProblem::option, OptionProblem::kind).containsExactly(
                tuple("region", OptionProblem.Kind.MISSING),
                tuple("pageSize", OptionProblem.Kind.INVALID),
                tuple("signingKey", OptionProblem.Kind.INVALID),
                tuple("colour", OptionProblem.Kind.UNKNOWN),
                tuple("regoin", OptionProblem.Kind.UNKNOWN),
                tuple("credentials", OptionProblem.Kind.MISSING));
        assertThat(problems.get(2).message()).isEqualTo("option 'signingKey' must be an integer but was (secret, not shown)");
        assertThat(problems.get(4).message()).isEqualTo("option 'regoin' is not known; did you mean 'region'?");
        assertThat(problems.get(5).message()).startsWith("no credentials given; for BASIC give 'user' (or 'username')");
        assertThat(problems.toString()).doesNotContain("hunter2").doesNotContain("k-9x9");
    }

    @Test
    void validateReportsBadValuesOfTheRuntimesOwnOptionsWithTheSettingsProblems() {
        ConnectorRuntime runtime = runtime(basicConnector());

        List<OptionProblem> problems = runtime.validate(ConnectionOptions.of(
                "region", "eu", "user", "u", "password", "p", "numPartitions", "four", "jobBookmarkKeys", "id",
                "jobBookmarkKeysSortOrder", "up", "pageSize", "big"));

        assertThat(problems).extracting(OptionProblem::option, OptionProblem::kind).containsExactlyInAnyOrder(
                tuple("pageSize", OptionProblem.Kind.INVALID),
                tuple("numPartitions", OptionProblem.Kind.INVALID),
                tuple("jobBookmarkKeysSortOrder", OptionProblem.Kind.INVALID));
    }

    @Test
    void validateReportsASecretProblemWithTheProblemsTheGivenOptionsSurelyHave() {
        ConnectorRuntime runtime = runtime(basicConnector());

        List<OptionProblem> unknownSecret = runtime.validate(ConnectionOptions.of(
                "secretId", "prodd", "pageSize", "big", "colour", "red"));

        assertThat(unknownSecret).extracting(OptionProblem::option, OptionProblem::kind).containsExactly(
                tuple("secretId", OptionProblem.Kind.INVALID),
                tuple("pageSize", OptionProblem.Kind.INVALID),
                tuple("colour", OptionProblem.Kind.UNKNOWN));
        assertThat(unknownSecret.get(0).message()).isEqualTo("secret 'prodd' does not exist; did you mean 'prod'?");

        List<OptionProblem> badPlaceholder = runtime.validate(ConnectionOptions.of(
                "secretId", "prod", "url", "jdbc:x://h?password=${pwd}"));
        assertThat(badPlaceholder).first().satisfies(problem -> {
            assertThat(problem.option()).isEqualTo("secretId");
            assertThat(problem.message()).contains("${pwd}").contains("[password, region, username]")
                    .doesNotContain("s3cr3t-pw").doesNotContain("svc");
        });
        assertThat(badPlaceholder).extracting(OptionProblem::option).containsExactly("secretId", "url");
    }

    @Test
    void knownKeysAreTheRuntimesTheCredentialsAndTheHosts() {
        ConnectorRuntime runtime = runtime(basicConnector());
        assertThat(runtime.knownKeys()).contains("dbTable", "hashfield", "jobBookmarkKeys", "user", "password", "sparkOnly");
        assertThat(runtime.knownKeys().contains("SPARKONLY")).isTrue();
        assertThat(runtime.name()).isEqualTo("memory");
        assertThat(runtime.descriptor()).isInstanceOf(MemoryConnector.class);
    }

    // ---- resolve and open ----

    @Test
    void resolveMergesTheSecretValidatesAndReadsTheCredentials() {
        MemoryConnector connector = basicConnector();
        ConnectorRuntime runtime = runtime(connector);

        ResolvedConnection resolved = runtime.resolve(ConnectionOptions.of("secretId", "prod", "signingKey", "42"));

        assertThat(resolved.credentials()).isEqualTo(new ResolvedCredentials.Basic("svc", Secret.of("s3cr3t-pw")));
        assertThat(resolved.settings().string("region")).isEqualTo("eu");
        assertThat(resolved.settings().intValue("pageSize")).isEqualTo(100);
        assertThat(resolved.settings().secret("signingKey").reveal()).isEqualTo("42");
        assertThat(resolved.options().isSecret("signingKey")).isTrue();
        assertThat(resolved.toString()).doesNotContain("s3cr3t-pw").doesNotContain("42").endsWith("BASIC");
        assertThat(resolved.redactor().redact("svc:s3cr3t-pw:42")).isEqualTo("****:****:****");

        try (RuntimeSession session = runtime.open(resolved)) {
            assertThat(session.connector()).isEqualTo("memory");
            assertThat(session.listEntities()).extracting(entity -> entity.name()).containsExactly("people");
        }
        assertThat(connector.credentials).containsExactly(resolved.credentials());
        assertThat(connector.openedWith).singleElement().satisfies(values -> assertThat(values.intValue("pageSize")).isEqualTo(100));
        assertThat(connector.closed).hasValue(1);
    }

    @Test
    void keysASecretBringsAreNotUnknownOptions() {
        // A database secret as AWS keeps it: more keys than any one connector reads.
        secrets.put("rds", Map.of("username", "svc", "password", "pw", "engine", "postgres", "host", "db", "port", "5432",
                "dbClusterIdentifier", "c1", "region", "us"));
        ConnectorRuntime runtime = runtime(basicConnector());

        assertThat(runtime.validate(ConnectionOptions.of("secretId", "rds"))).isEmpty();
        ResolvedConnection resolved = runtime.resolve(ConnectionOptions.of("secretId", "rds"));
        assertThat(resolved.options().get("engine")).hasValue("postgres");
        assertThat(resolved.settings().string("region")).isEqualTo("us");
        // A key the user gives is still checked, secret or not.
        assertThat(runtime.validate(ConnectionOptions.of("secretId", "rds", "enigne", "x")))
                .extracting(OptionProblem::option).containsExactly("enigne");
    }

    @Test
    void resolveThrowsEveryOptionProblemAtOnce() {
        InvalidOptionsException failure = catchThrowableOfType(InvalidOptionsException.class, () -> runtime(basicConnector())
                .resolve(ConnectionOptions.of("user", "ada", "password", "pw", "pageSize", "x", "nope", "1")));
        assertThat(failure.problems()).extracting(OptionProblem::option).containsExactly("region", "pageSize", "nope");
        assertThat(failure.getMessage()).startsWith("3 problems with the options for connector 'memory':");
    }

    @Test
    void missingCredentialsFailResolution() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> runtime(basicConnector()).resolve(ConnectionOptions.of("region", "us", "user", "ada")));
        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    }

    @Test
    void aFailureToOpenIsRedactedAndNamesTheConnector() {
        MemoryConnector connector = basicConnector()
                .failOpenWith(new IOException("login ada/hunter2 refused by jdbc:x://h?password=hunter2"));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> runtime(connector)
                .open(ConnectionOptions.of("region", "eu", "user", "ada", "password", "hunter2")));

        assertThat(failure.code()).isEqualTo(ErrorCode.UNKNOWN_ERROR);
        assertThat(failure.getMessage()).isEqualTo(
                "connector 'memory' could not open a session: IOException: login ada/**** refused by jdbc:x://h?password=****");
        assertThat(failure.getCause()).isInstanceOf(Redactor.RedactedException.class);
        assertThat(((Redactor.RedactedException) failure.getCause()).originalClassName()).isEqualTo(IOException.class.getName());

        MemoryConnector rejecting = basicConnector().failOpenWith(
                new ConnectorException(ErrorCode.INVALID_CREDENTIALS, "user ada with password hunter2 was rejected"));
        ConnectorException rejected = catchThrowableOfType(ConnectorException.class, () -> runtime(rejecting)
                .open(ConnectionOptions.of("region", "eu", "user", "ada", "password", "hunter2")));
        assertThat(rejected.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
        assertThat(rejected.getMessage()).isEqualTo("user ada with password **** was rejected");
    }

    // ---- connections ----

    @Test
    void aConnectionIsTheBaseTheGivenOptionsWinAndItsKeysAreNotUnknown() {
        ConnectorRuntime runtime = runtime(basicConnector());

        assertThat(runtime.validate(ConnectionOptions.of("connectionName", "eu-db"))).isEmpty();
        ResolvedConnection resolved = runtime.resolve(ConnectionOptions.of("connectionName", "eu-db", "region", "us"));
        assertThat(resolved.credentials()).isEqualTo(new ResolvedCredentials.Basic("svc", Secret.of(CONNECTION_PASSWORD)));
        assertThat(resolved.settings().string("region")).isEqualTo("us");
        assertThat(resolved.options().get("engine")).hasValue("postgres");
        assertThat(runtime.resolve(ConnectionOptions.of("connectionName", "eu-db", "user", "ada")).credentials())
                .isEqualTo(new ResolvedCredentials.Basic("ada", Secret.of(CONNECTION_PASSWORD)));
        // A key the user gives is still checked.
        assertThat(runtime.validate(ConnectionOptions.of("connectionName", "eu-db", "enigne", "x")))
                .extracting(OptionProblem::option).containsExactly("enigne");
    }

    @Test
    void aConnectionsSecretIdIsMergedAfterTheConnection() {
        ConnectorRuntime runtime = runtime(basicConnector());

        assertThat(runtime.validate(ConnectionOptions.of("connectionName", "vaulted"))).isEmpty();
        ResolvedConnection resolved = runtime.resolve(ConnectionOptions.of("connectionName", "vaulted"));
        assertThat(resolved.credentials()).isEqualTo(new ResolvedCredentials.Basic("svc", Secret.of("s3cr3t-pw")));
        assertThat(resolved.settings().intValue("pageSize")).isEqualTo(7);
        assertThat(resolved.settings().string("region")).isEqualTo("eu");
    }

    @Test
    void validateReportsAnUnknownConnectionWithTheProblemsTheGivenOptionsSurelyHave() {
        ConnectorRuntime runtime = runtime(basicConnector());

        List<OptionProblem> problems = runtime.validate(ConnectionOptions.of(
                "connectionName", "eu-bd", "pageSize", "big", "colour", "red", "password", "hunter2"));

        assertThat(problems).extracting(OptionProblem::option, OptionProblem::kind).containsExactly(
                tuple("connectionName", OptionProblem.Kind.INVALID),
                tuple("pageSize", OptionProblem.Kind.INVALID),
                tuple("colour", OptionProblem.Kind.UNKNOWN));
        assertThat(problems.get(0).message()).isEqualTo("connection 'eu-bd' does not exist; did you mean 'eu-db'?");
        assertThat(problems.toString()).doesNotContain("hunter2");

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> runtime.resolve(ConnectionOptions.of("connectionName", "eu-bd")));
        assertThat(failure.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
        assertThat(failure.getMessage()).contains("'eu-bd'").contains("did you mean 'eu-db'?");
    }

    @Test
    void aSecretProblemAfterAConnectionKeepsTheConnectionsKeysKnown() {
        connections.put("lost", Map.of("SECRET_ID", "prodd", "engine", "postgres", "PASSWORD", CONNECTION_PASSWORD));

        List<OptionProblem> problems = runtime(basicConnector()).validate(ConnectionOptions.of("connectionName", "lost"));

        assertThat(problems).extracting(OptionProblem::option).containsExactly("secretId");
        assertThat(problems.get(0).message()).isEqualTo("secret 'prodd' does not exist; did you mean 'prod'?");
    }

    @Test
    void aRuntimeWithoutACatalogSaysHowToGiveTheConnection() {
        ConnectorRuntime runtime = new ConnectorRuntime(basicConnector(), secrets, List.of());

        List<OptionProblem> problems = runtime.validate(ConnectionOptions.of("connectionName", "eu-db"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.option()).isEqualTo("connectionName");
            assertThat(problem.message()).startsWith("option 'connectionName' names connection 'eu-db', but this host has"
                    + " no connection catalog;");
        });
        assertThat(catchThrowableOfType(ConnectorException.class,
                () -> runtime.resolve(ConnectionOptions.of("connectionName", "eu-db"))).code())
                .isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
    }

    @Test
    void aConnectionsPasswordNeverAppearsInAProblemAMessageOrToString() {
        AuthenticationSpec custom = new AuthenticationSpec(List.of(AuthType.BASIC, AuthType.CUSTOM), Optional.empty(),
                List.of(new CustomAuthSpec("kiosk", List.of(new AuthParameterSpec("pin", "PIN", Optional.empty(), false, true,
                        List.of())))));
        connections.put("leaky", Map.of("USERNAME", "svc", "PASSWORD", CONNECTION_PASSWORD, "pin", "4711",
                "signingKey", "k-9x9", "region", "eu"));
        MemoryConnector connector = basicConnector().authentication(custom).failOpenWith(new ConnectorException(
                ErrorCode.INVALID_CREDENTIALS, "user svc with password " + CONNECTION_PASSWORD + " and pin 4711 was rejected"));
        ConnectorRuntime runtime = runtime(connector);

        List<OptionProblem> problems = runtime.validate(ConnectionOptions.of("connectionName", "leaky"));
        assertThat(problems).extracting(OptionProblem::option).containsExactly("signingKey");
        assertThat(problems.get(0).message()).isEqualTo("option 'signingKey' must be an integer but was (secret, not shown)");

        InvalidOptionsException invalid = catchThrowableOfType(InvalidOptionsException.class,
                () -> runtime.resolve(ConnectionOptions.of("connectionName", "leaky")));
        assertThat(invalid.getMessage()).doesNotContain(CONNECTION_PASSWORD).doesNotContain("k-9x9");

        connections.put("leaky", Map.of("USERNAME", "svc", "PASSWORD", CONNECTION_PASSWORD, "pin", "4711", "region", "eu"));
        ResolvedConnection resolved = runtime.resolve(ConnectionOptions.of("connectionName", "leaky"));
        assertThat(resolved.toString()).doesNotContain(CONNECTION_PASSWORD).doesNotContain("4711");
        ConnectorException rejected = catchThrowableOfType(ConnectorException.class, () -> runtime.open(resolved));
        assertThat(rejected.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
        assertThat(rejected.getMessage()).isEqualTo("user svc with password **** and pin **** was rejected");
    }

    // ---- reading failures ----

    @Test
    void aConnectorExceptionFromAReadKeepsItsCodeAndRetryAdviceAndNamesTheSplit() {
        MemoryConnector connector = Reads.people().failReadsWith(request -> request.split().index() == 1
                ? new ConnectorException(ErrorCode.RATE_LIMIT_EXCEEDED, "slow down", null, Duration.ofSeconds(3))
                : null);

        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> Reads.read(connector,
                ReadQuery.builder("people").partitioning(new PartitioningSpec.ColumnRange("id", "0", "30", 3)).build()));

        assertThat(failure.code()).isEqualTo(ErrorCode.RATE_LIMIT_EXCEEDED);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.retryAfter()).hasValue(Duration.ofSeconds(3));
        assertThat(failure.split()).hasValueSatisfying(split -> {
            assertThat(split.index()).isEqualTo(1);
            assertThat(split.count()).isEqualTo(3);
            assertThat(split.predicate()).isEqualTo(Predicate.and(Predicate.ge("id", 10L), Predicate.lt("id", 20L)));
        });
        assertThat(failure.getMessage())
                .isEqualTo("split #1 of 3 (id >= 10 AND id < 20) of entity 'people' failed: slow down");
        assertThat(failure.getCause()).isInstanceOf(ConnectorException.class).hasMessage("slow down");
    }

    @Test
    void anyOtherReadFailureIsWrappedWithSecretsMasked() {
        MemoryConnector connector = basicConnector().failReadsWith(request -> new IllegalStateException(
                "query failed for svc using s3cr3t-pw", new IOException("socket: token=abc123")));
        ConnectorRuntime runtime = runtime(connector);

        try (RuntimeSession session = runtime.open(ConnectionOptions.of("secretId", "prod"))) {
            ReadPlan plan = ReadPlanner.plan(session, ReadCapabilities.none(), ReadQuery.builder("people").build(),
                    new InMemoryBookmarkStore(), Reads.clockAt(T0));
            ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                    () -> SplitReader.read(session, plan.splits().get(0), new RowCollector(plan.output())));

            assertThat(failure.code()).isEqualTo(ErrorCode.UNKNOWN_ERROR);
            assertThat(failure.split()).hasValue(Split.whole());
            assertThat(failure.getMessage()).isEqualTo("split #0 of 1 of entity 'people' failed: connector 'memory' failed to read:"
                    + " IllegalStateException: query failed for **** using ****");
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain("s3cr3t-pw").doesNotContain("abc123");
            }
        }
    }

    @Test
    void anInterruptedReadIsATimeout() {
        MemoryConnector connector = Reads.people().failReadsWith(request -> new InterruptedException("stop"));
        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> Reads.read(connector, ReadQuery.builder("people").build()));
        assertThat(failure.code()).isEqualTo(ErrorCode.REQUEST_TIMEOUT);
        assertThat(failure.retryable()).isTrue();
        assertThat(Thread.interrupted()).as("the interrupt is restored").isTrue();
    }

    // ---- the connector contract ----

    @Test
    void misnumberedOrEmptyPlansAreRejected() {
        List<List<Split>> bad = List.of(
                List.of(Split.of(1, 2, Predicate.lt("id", 5)), Split.of(0, 2, Predicate.ge("id", 5))),
                List.of(Split.of(0, 3, Predicate.lt("id", 5)), Split.of(1, 3, Predicate.ge("id", 5))),
                List.of(Split.of(0, 2, Predicate.lt("id", 5)), Split.of(0, 2, Predicate.ge("id", 5))),
                List.of());
        for (List<Split> splits : bad) {
            MemoryConnector connector = Reads.people().planner(request -> splits);
            ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                    () -> Reads.read(connector, ReadQuery.builder("people").build()));
            assertThat(failure).as("%s", splits).isNotNull();
            assertThat(failure.code()).isEqualTo(ErrorCode.UNKNOWN_ERROR);
            assertThat(failure.getMessage()).startsWith("connector 'memory' planned");
        }
        MemoryConnector swapped = Reads.people().planner(request -> bad.get(0));
        assertThat(catchThrowableOfType(ConnectorException.class, () -> Reads.read(swapped, ReadQuery.builder("people").build()))
                .getMessage()).isEqualTo("connector 'memory' planned split #1 of 2 (id < 5) at position 0 of 2;"
                + " splits must be numbered 0..1 in order, each with that count");
    }

    @Test
    void aPlannerFailureNamesTheEntity() {
        MemoryConnector connector = Reads.people().planner(request -> {
            throw new IllegalArgumentException("no shards");
        });
        try (RuntimeSession session = runtime(connector).open(ConnectionOptions.empty())) {
            assertThatThrownBy(() -> session.planSplits(new PartitionRequest(MemoryConnector.PEOPLE, PartitioningSpec.single(),
                    Predicate.alwaysTrue(), ZoneOffset.UTC)))
                    .isInstanceOf(ConnectorException.class)
                    .hasMessage("connector 'memory' failed to plan the splits of entity 'people': IllegalArgumentException: no shards");
        }
    }

    @Test
    void aWriteMustReturnOneResultPerRecord() {
        WriteRequest request = new WriteRequest(MemoryConnector.PEOPLE, MemoryConnector.PEOPLE.project(List.of("id", "name")),
                WriteOperationType.INSERT, List.of(), List.of(Row.of(1L, "a"), Row.of(2L, "b")), false);

        MemoryConnector good = Reads.people().writer(r -> new WriteResult(List.of(RecordResult.succeeded("1"),
                RecordResult.failed("duplicate"))));
        try (RuntimeSession session = runtime(good).open(ConnectionOptions.empty())) {
            WriteResult result = session.write(request);
            assertThat(result.successCount()).isEqualTo(1);
            assertThat(result.failureCount()).isEqualTo(1);
            assertThat(result.isAllSucceeded()).isFalse();
        }

        MemoryConnector short1 = Reads.people().writer(r -> WriteResult.allSucceeded(1));
        try (RuntimeSession session = runtime(short1).open(ConnectionOptions.empty())) {
            assertThatThrownBy(() -> session.write(request))
                    .isInstanceOf(ConnectorException.class)
                    .hasMessage("connector 'memory' returned 1 results for a batch of 2 records; it must return one per record");
        }

        MemoryConnector failing = Reads.people().writer(r -> {
            throw new IllegalStateException("constraint violated");
        });
        try (RuntimeSession session = runtime(failing).open(ConnectionOptions.empty())) {
            assertThatThrownBy(() -> session.write(request))
                    .isInstanceOf(ConnectorException.class)
                    .hasMessage("connector 'memory' failed to write to entity 'people': IllegalStateException: constraint violated");
        }

        MemoryConnector none = Reads.people().writer(r -> null);
        try (RuntimeSession session = runtime(none).open(ConnectionOptions.empty())) {
            assertThatThrownBy(() -> session.write(request)).isInstanceOf(ConnectorException.class)
                    .hasMessageContaining("no write result");
        }
    }

    @Test
    void aSessionWithoutAWriteOperationRefusesWrites() {
        RuntimeSession session = new RuntimeSession("reader", new ConnectorSession() {
            @Override
            public List<Entity> listEntities() {
                return List.of();
            }

            @Override
            public EntitySchema describeEntity(String entity) {
                return null;
            }

            @Override
            public void read(ReadRequest request, RowSink sink) {
            }

            @Override
            public void close() {
            }
        }, Redactor.parametersOnly());
        WriteRequest request = new WriteRequest(MemoryConnector.PEOPLE, MemoryConnector.PEOPLE, WriteOperationType.INSERT,
                List.of(), List.of(), false);
        assertThatThrownBy(() -> session.write(request)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("does not write");
        assertThatThrownBy(() -> session.describeEntity("x")).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("described entity 'x' as null");
        // The standard planner is the default.
        assertThat(session.planSplits(new PartitionRequest(MemoryConnector.PEOPLE, new PartitioningSpec.Hash("id", false, 2),
                Predicate.alwaysTrue(), ZoneOffset.UTC))).hasSize(2);
    }

    @Test
    void aFailureToCloseIsReported() {
        MemoryConnector connector = Reads.people().failCloseWith(new IOException("flush failed"));
        RuntimeSession session = runtime(connector).open(ConnectionOptions.empty());
        assertThatThrownBy(session::close)
                .isInstanceOf(ConnectorException.class)
                .hasMessage("connector 'memory' failed to close its session: IOException: flush failed");
    }

    @Test
    void describingAnUnknownEntityKeepsTheConnectorsCode() {
        try (RuntimeSession session = runtime(Reads.people()).open(ConnectionOptions.empty())) {
            ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> session.describeEntity("nobody"));
            assertThat(failure.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
            assertThat(failure.getMessage()).isEqualTo("no entity 'nobody'");
        }
    }
}
