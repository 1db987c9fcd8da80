package dev.dovetail.harness.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a {@link ConnectorTest} class that computes options at run time, for values no
 * annotation can hold: a {@code @TempDir}, a port an embedded server chose, a generated secret id.
 *
 * <p>The method takes no parameters and returns {@code Map<String, String>}; it may be static or an
 * instance method, and private. It is called once per test, when the test's harness is first needed,
 * so instance fields prepared by other extensions ({@code @TempDir}) and by {@code @BeforeEach} methods
 * that ran before the injection are ready. In a class-level context (a {@code @BeforeAll} parameter or a
 * constructor parameter) only static methods can run. Methods of superclasses run before those of
 * subclasses; see {@link ConnectorTest} for how they combine with other options.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HarnessOptions {
}
