package dev.dovetail.appflow;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The AppFlow request and response samples of the official Java and Python SDKs, kept as test resources
 * ({@code appflow-samples}, with a README of their caveats) so that the build needs nothing beside the
 * repository.
 */
public final class Samples {
    private Samples() {
    }

    /** The folder holding {@code java-sdk/} and {@code python-sdk/}. */
    public static Path directory() {
        URL url = Samples.class.getResource("/appflow-samples/README.md");
        if (url == null) {
            throw new IllegalStateException("the test resources lack appflow-samples/README.md");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
