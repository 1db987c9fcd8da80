package dev.dovetail.jdbc.dialect;

import java.util.List;

/** The fallback for any other database ({@link Dialects#forUrl} chooses it when no other serves the URL): ANSI SQL only. */
final class AnsiDialect implements Dialect {
    @Override
    public String name() {
        return "ansi";
    }

    @Override
    public List<String> subprotocols() {
        return List.of();
    }
}
