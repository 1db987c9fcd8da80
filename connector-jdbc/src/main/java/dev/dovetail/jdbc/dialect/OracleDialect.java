package dev.dovetail.jdbc.dialect;

/** Oracle. */
final class OracleDialect implements Dialect {
    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public boolean handles(String url) {
        return url.regionMatches(true, 0, "jdbc:oracle:", 0, 12);
    }
}
