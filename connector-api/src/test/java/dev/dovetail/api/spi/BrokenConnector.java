package dev.dovetail.api.spi;

/** A connector whose "descriptor" cannot be created. */
public class BrokenConnector {
}
