package dev.dovetail.jdbc.dialect;

/** H2 (quotes with {@code "}). */
final class H2Dialect implements Dialect {
    @Override
    public String name() {
        return "h2";
    }

    @Override
    public boolean handles(String url) {
        return url.regionMatches(true, 0, "jdbc:h2:", 0, 8);
    }
}
