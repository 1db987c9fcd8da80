package dev.dovetail.spark.testing;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real {@code local[2]} Spark session for the whole test run, started on first use and stopped when
 * JUnit closes its root store: the UI off, few shuffle partitions, Java 8 time types in rows
 * ({@code LocalDate}, {@code Instant}) and UTC as the session zone. A test class registers it with
 * {@code @ExtendWith(LocalSpark.class)} and takes the session as a parameter of its {@code @BeforeAll}
 * method. Shared with the connector modules' Spark tests through this module's test jar.
 */
public final class LocalSpark implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalSpark.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Session.class, key -> new Session(), Session.class).spark;
    }

    private static final class Session implements AutoCloseable {
        final SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .appName("dovetail-spark-tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();

        @Override
        public void close() {
            spark.stop();
        }
    }
}
