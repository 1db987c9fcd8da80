package dev.dovetail.jdbc.dialect;

/** Microsoft SQL Server. */
final class SqlServerDialect implements Dialect {
    @Override
    public String name() {
        return "sqlserver";
    }

    @Override
    public boolean handles(String url) {
        return url.regionMatches(true, 0, "jdbc:sqlserver:", 0, 15);
    }

    /** SQL Server quotes {@code [name]}, doubling a {@code ]} inside. */
    @Override
    public String quote(String identifier) {
        if (identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an identifier is empty or contains a NUL character");
        }
        return "[" + identifier.replace("]", "]]") + "]";
    }
}
