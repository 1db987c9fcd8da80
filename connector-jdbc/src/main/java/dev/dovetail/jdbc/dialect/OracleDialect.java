package dev.dovetail.jdbc.dialect;

import java.util.Optional;

/** Oracle: the standard {@code FETCH FIRST n ROWS ONLY} (12c and later) and {@code ORA_HASH}. */
final class OracleDialect implements Dialect {
    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public boolean handles(String url) {
        return url.regionMatches(true, 0, "jdbc:oracle:", 0, 12);
    }

    // ---- Reads ----

    @Override
    public Optional<String> hash(String column) {
        return Optional.of("ORA_HASH(" + column + ")");
    }
}
