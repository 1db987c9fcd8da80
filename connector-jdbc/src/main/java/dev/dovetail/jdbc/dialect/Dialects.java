package dev.dovetail.jdbc.dialect;

import java.util.List;

/** Chooses the {@link Dialect} for a JDBC URL. */
public final class Dialects {
    private static final List<Dialect> KNOWN = List.of(
            new H2Dialect(), new PostgresDialect(), new MySqlDialect(), new SqlServerDialect(), new OracleDialect());
    private static final Dialect FALLBACK = new AnsiDialect();

    private Dialects() {
    }

    /** The dialect of {@code url}'s database; the ANSI fallback for a database without its own. */
    public static Dialect forUrl(String url) {
        return KNOWN.stream().filter(dialect -> dialect.handles(url)).findFirst().orElse(FALLBACK);
    }
}
