package dev.dovetail.harness.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a JUnit 5 test class against a connector in the in-process harness. Each test gets its own
 * {@link dev.dovetail.harness.ConnectorHarness} (with its own empty bookmark store), injected by type
 * into test and lifecycle method parameters and into the test instance's fields:
 * <ul>
 *   <li>{@link dev.dovetail.harness.ConnectorHarness}: ready to read, write, validate;</li>
 *   <li>{@link dev.dovetail.api.option.ConnectionOptions}: the options it runs with (secrets masked in
 *       {@code toString});</li>
 *   <li>{@link dev.dovetail.api.auth.SecretResolver}: the secrets it holds in memory
 *       ({@link InMemorySecret});</li>
 *   <li>{@link dev.dovetail.api.auth.ConnectionCatalog}: the connections it holds in memory
 *       ({@link InMemoryConnection});</li>
 *   <li>{@link dev.dovetail.api.bookmark.BookmarkStore}: where its bookmarks are committed.</li>
 * </ul>
 * Every non-static, non-final field of one of these types, in the test class, its superclasses and, for
 * {@code @Nested} classes, the enclosing instances, is assigned before each test (after the instance is
 * post-processed, so {@code @TempDir} fields are ready); parameters and fields of one test share one
 * harness and so one bookmark store.
 *
 * <p>The options are collected in this order, a later value replacing an earlier one of the same name:
 * <ol>
 *   <li>per class, from the outermost enclosing class to the test's own {@code @Nested} class: this
 *       annotation's {@link #options()}, the class's {@link Option}s, then what its {@link HarnessOptions}
 *       methods return (computed at run time, e.g. from a {@code @TempDir});</li>
 *   <li>the test method's {@link Option}s;</li>
 *   <li>the {@link Option}s on the injected parameter or field itself, for that value only.</li>
 * </ol>
 * A {@code @Nested} class thus sees its enclosing classes' configuration and can add to it; it may carry
 * its own {@code @ConnectorTest} to add options (the innermost connector class wins).
 *
 * <pre>{@code
 * @ConnectorTest(value = CsvConnector.class, options = "delimiter=;")
 * class OrdersTest {
 *     @TempDir
 *     Path directory;
 *
 *     @HarnessOptions
 *     Map<String, String> options() {
 *         return Map.of("directory", directory.toString());
 *     }
 *
 *     @Test
 *     void readsOrders(ConnectorHarness harness) { ... }
 * }
 * }</pre>
 *
 * <p>All state lives in the JUnit {@code ExtensionContext.Store} of the test, so tests may run in
 * parallel ({@code junit.jupiter.execution.parallel.enabled}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ConnectorTestExtension.class)
public @interface ConnectorTest {
    /** The connector class (annotated {@code @Connector}, compiled with the Dovetail processor). */
    Class<?> value();

    /** Options as {@code name=value} (split at the first {@code =}), e.g. {@code "delimiter=;"}. */
    String[] options() default {};

    /**
     * Whether bookmarks are committed to a {@link dev.dovetail.api.bookmark.FileBookmarkStore} in a
     * temporary directory, deleted after the test, instead of in memory.
     */
    boolean durableBookmarks() default false;
}
