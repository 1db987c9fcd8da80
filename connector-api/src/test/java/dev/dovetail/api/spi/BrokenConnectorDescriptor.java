package dev.dovetail.api.spi;

/** A descriptor class whose constructor fails. */
public class BrokenConnectorDescriptor {
    public BrokenConnectorDescriptor() {
        throw new IllegalStateException("static setup failed");
    }
}
