package dev.dovetail.harness.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A connection the harness of a {@link ConnectorTest} holds in memory, resolved for the {@code connectionName}
 * option as a Glue connection would be: its properties are the base of the options, which win over them.
 * On the test class or a test method; repeatable. The property values never appear in a message or
 * {@code toString}.
 *
 * <pre>{@code
 * @InMemoryConnection(name = "shop", properties = {"JDBC_CONNECTION_URL=jdbc:h2:mem:shop", "USERNAME=sa", "PASSWORD="})
 * @Option(name = "connectionName", value = "shop")
 * }</pre>
 */
@Documented
@Inherited
@Repeatable(InMemoryConnections.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface InMemoryConnection {
    /** The connection's name, as the {@code connectionName} option names it. */
    String name();

    /**
     * Its properties as {@code key=value} (split at the first {@code =}), spelt as options or as Glue's JDBC
     * connections spell them; see {@link dev.dovetail.api.auth.ConnectionMerge}.
     */
    String[] properties();
}
