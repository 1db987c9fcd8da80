package dev.dovetail.api.spi;

/** Stands in for an annotated connector class whose descriptor the processor generated. */
public class SampleConnector {
}
