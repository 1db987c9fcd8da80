package dev.dovetail.api.option;

/**
 * The value type of a declared setting. Values always travel as strings (Glue options and AppFlow
 * runtime settings are strings); the type says how they must parse.
 */
public enum SettingType {
    /** Any text. */
    STRING("a string"),
    /** A 32-bit integer. */
    INT("an integer"),
    /** A 64-bit integer. */
    LONG("an integer"),
    /** A floating-point number. */
    DOUBLE("a number"),
    /** {@code true} or {@code false}, ignoring case. */
    BOOLEAN("true or false");

    private final String expectation;

    SettingType(String expectation) {
        this.expectation = expectation;
    }

    /** What a valid value looks like, for messages: "an integer", "true or false". */
    public String expectation() {
        return expectation;
    }

    /** Whether {@code value} parses as this type. */
    public boolean accepts(String value) {
        String text = value.trim();
        try {
            switch (this) {
                case INT -> Integer.parseInt(text);
                case LONG -> Long.parseLong(text);
                case DOUBLE -> Double.parseDouble(text);
                case BOOLEAN -> {
                    return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
                }
                case STRING -> {
                    return true;
                }
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
