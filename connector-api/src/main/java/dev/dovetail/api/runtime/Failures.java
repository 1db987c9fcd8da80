package dev.dovetail.api.runtime;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.option.Redactor;

/** Turns whatever a connector threw into a {@link ConnectorException} with secrets masked. */
final class Failures {
    private Failures() {
    }

    static ConnectorException of(Exception failure, String context, Redactor redactor) {
        if (failure instanceof ConnectorException connectorException) {
            return connectorException.redacted(redactor);
        }
        if (failure instanceof InterruptedException) {
            return ConnectorException.wrap(failure, context);
        }
        return ConnectorException.wrap(redactor.redact(failure), context);
    }
}
