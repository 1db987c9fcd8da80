package dev.dovetail.benchmarks;

/**
 * The JVM flags of every benchmark fork. Annotation values must be constants, so each {@code @Fork} lists
 * {@link #HEAP} and the Spark flags by name; the Spark flags are those of the parent pom's
 * {@code spark.test.argLine} (Spark 3.5 on Java 17 needs them), which surefire uses for this module's tests.
 */
final class JvmFlags {
    static final String HEAP_MIN = "-Xms2g";
    static final String HEAP = "-Xmx2g";
    /**
     * Commits and touches the whole heap at start: a heap page's first touch otherwise lands in some
     * measured read, and on this machine that doubled about a third of the H2 reads (133 ms to 200-240 ms).
     */
    static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";
    static final String IGNORE_UNRECOGNIZED = "-XX:+IgnoreUnrecognizedVMOptions";
    static final String OPEN_LANG = "--add-opens=java.base/java.lang=ALL-UNNAMED";
    static final String OPEN_INVOKE = "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED";
    static final String OPEN_REFLECT = "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED";
    static final String OPEN_IO = "--add-opens=java.base/java.io=ALL-UNNAMED";
    static final String OPEN_NET = "--add-opens=java.base/java.net=ALL-UNNAMED";
    static final String OPEN_NIO = "--add-opens=java.base/java.nio=ALL-UNNAMED";
    static final String OPEN_UTIL = "--add-opens=java.base/java.util=ALL-UNNAMED";
    static final String OPEN_CONCURRENT = "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED";
    static final String OPEN_ATOMIC = "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED";
    static final String OPEN_REF = "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED";
    static final String OPEN_NIO_CH = "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED";
    static final String OPEN_NIO_CS = "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED";
    static final String OPEN_ACTION = "--add-opens=java.base/sun.security.action=ALL-UNNAMED";
    static final String OPEN_CALENDAR = "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED";
    static final String DIRECT_METHOD_HANDLE = "-Djdk.reflect.useDirectMethodHandle=false";
    static final String NETTY_REFLECTION = "-Dio.netty.tryReflectionSetAccessible=true";

    private JvmFlags() {
    }
}
