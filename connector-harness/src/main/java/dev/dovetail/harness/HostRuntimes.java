package dev.dovetail.harness;

/**
 * Which host runtimes are on the class path, so that a test (or the conformance suite) can run a host's
 * cases only where the connector module has that host, and skip them, saying why, elsewhere.
 */
public final class HostRuntimes {
    private static final String APPFLOW_HANDLER = "dev.dovetail.appflow.DovetailLambdaHandler";

    private HostRuntimes() {
    }

    /** Whether {@code dev.dovetail:connector-host-appflow} is on the class path, so {@link ConnectorHarness#appflow()} works. */
    public static boolean appflowAvailable() {
        try {
            Class.forName(APPFLOW_HANDLER, false, HostRuntimes.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
