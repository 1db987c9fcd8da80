package dev.dovetail.jdbc.dialect;

/** The fallback for any other database: ANSI SQL quoting and syntax only. */
final class AnsiDialect implements Dialect {
    @Override
    public String name() {
        return "ansi";
    }

    @Override
    public boolean handles(String url) {
        return true;
    }
}
