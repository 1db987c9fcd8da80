package dev.dovetail.api.option;

/**
 * Where a setting is given. Glue has one set of connection options, so there every scope applies to
 * every job; AppFlow asks for {@link #CONNECTION} settings once per connector profile and for the others
 * per flow.
 */
public enum SettingScope {
    /** Part of the connection (AppFlow's {@code CONNECTOR_PROFILE}): a URL, a region, an account. */
    CONNECTION,
    /** Given per flow that reads from the connector. */
    SOURCE,
    /** Given per flow that writes to the connector. */
    DESTINATION,
    /** Given per flow, reading or writing. */
    SOURCE_AND_DESTINATION
}
