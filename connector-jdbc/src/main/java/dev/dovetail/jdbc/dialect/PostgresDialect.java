package dev.dovetail.jdbc.dialect;

/** PostgreSQL. */
final class PostgresDialect implements Dialect {
    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean handles(String url) {
        return url.regionMatches(true, 0, "jdbc:postgresql:", 0, 16);
    }
}
