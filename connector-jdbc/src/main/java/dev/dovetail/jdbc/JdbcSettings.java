package dev.dovetail.jdbc;

import dev.dovetail.api.Setting;
import dev.dovetail.api.Settings;
import dev.dovetail.api.option.SettingScope;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The JDBC connector's options, named as Glue names them (they match ignoring case). The user name and
 * password are credentials ({@code user}/{@code password}, or a {@code secretId} holding them), not
 * settings; {@code dbTable} and the partitioning and bookmark options are the runtime's own.
 *
 * @param url the JDBC URL; {@code ${key}} placeholders are filled from the {@code secretId} secret
 * @param query a SELECT to read instead of a table; may end in {@code WHERE}, to which the filter and
 *     split predicates are appended
 * @param filterPredicate a raw SQL condition every read adds
 * @param dataTypeMapping a JSON object from JDBC type name to target type, e.g. {@code {"INTEGER":"STRING"}}
 * @param fetchsize rows fetched per round trip
 * @param queryTimeout seconds before a statement is cancelled; 0 for none
 * @param sessionInitStatement SQL run once on each new connection
 */
@Settings
public record JdbcSettings(
        @Setting(required = true, label = "JDBC URL",
                description = "The JDBC URL, e.g. jdbc:postgresql://host:5432/db; ${key} placeholders are filled from the secretId secret")
        String url,
        @Setting(scope = SettingScope.SOURCE, description = "A SELECT to read instead of a table (not with dbTable); it may end in WHERE")
        Optional<String> query,
        @Setting(scope = SettingScope.SOURCE, description = "A SQL condition every read adds, e.g. status <> 'void'")
        Optional<String> filterPredicate,
        @Setting(scope = SettingScope.SOURCE, description = "A JSON object from JDBC type name to target type, e.g. {\"INTEGER\":\"STRING\"}")
        Optional<String> dataTypeMapping,
        @Setting(scope = SettingScope.SOURCE, defaultValue = "1000", description = "Rows fetched per round trip")
        int fetchsize,
        @Setting(defaultValue = "0", description = "Seconds before a statement is cancelled; 0 for no timeout")
        int queryTimeout,
        @Setting(description = "SQL run once on each new connection, e.g. SET search_path TO sales")
        Optional<String> sessionInitStatement) {
}
