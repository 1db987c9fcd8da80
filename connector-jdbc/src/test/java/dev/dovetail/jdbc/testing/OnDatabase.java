package dev.dovetail.jdbc.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class against a real database of {@link #value()}: a {@link TestDatabase} parameter of a
 * constructor, {@code @BeforeAll}, {@code @BeforeEach} or test method receives the class's own empty
 * database, created once per class on a server started once per test run.
 *
 * <pre>{@code
 * abstract class ReadSuite { ... tests taking TestDatabase ... }
 * @OnDatabase(Kind.POSTGRESQL) class PostgresReadTest extends ReadSuite { }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(TestDatabases.class)
public @interface OnDatabase {
    TestDatabase.Kind value();
}
