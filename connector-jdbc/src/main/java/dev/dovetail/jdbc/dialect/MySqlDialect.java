package dev.dovetail.jdbc.dialect;

/** MySQL and MariaDB (quotes with backticks). */
final class MySqlDialect implements Dialect {
    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public boolean handles(String url) {
        return url.regionMatches(true, 0, "jdbc:mysql:", 0, 11) || url.regionMatches(true, 0, "jdbc:mariadb:", 0, 13);
    }

    @Override
    public char quoteCharacter() {
        return '`';
    }
}
