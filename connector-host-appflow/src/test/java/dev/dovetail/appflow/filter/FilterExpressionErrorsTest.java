package dev.dovetail.appflow.filter;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bad input: one INVALID_ARGUMENT at the first mistake, naming its column, what was expected and what was found. */
class FilterExpressionErrorsTest {

    private static String message(String text) {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> FilterExpression.parse(text));
        assertThat(failure).as("parsing <%s> fails", text).isNotNull();
        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.retryable()).isFalse();
        return failure.getMessage();
    }

    @Test
    void missingValue() {
        assertThat(message("createdAt > and y = 1"))
                .isEqualTo("filterExpression: at column 13, expected a value after '>' but found 'and'");
        assertThat(message("a ="))
                .isEqualTo("filterExpression: at column 4, expected a value after '=' but found the end of the expression");
        assertThat(message("n between 1 and"))
                .isEqualTo("filterExpression: at column 16, expected a value after 'and' but found the end of the expression");
    }

    @Test
    void missingOperator() {
        assertThat(message("testExpression")).isEqualTo("filterExpression: at column 15, expected an operator"
                + " (=, !=, <, <=, >, >=, contains, between or in) after 'testExpression' but found the end of the expression");
        assertThat(message("a 1")).startsWith("filterExpression: at column 3, expected an operator").endsWith("after 'a' but found '1'");
    }

    @Test
    void valueBeforeTheField() {
        assertThat(message("1 = a")).isEqualTo("filterExpression: at column 1, expected a field name, 'not', '(', true,"
                + " false, 'LIMIT' or the end of the expression but found '1'");
    }

    @Test
    void missingConnective() {
        assertThat(message("a = 1 b = 2")).isEqualTo("filterExpression: at column 7, expected 'and', 'or', 'LIMIT'"
                + " or the end of the expression after '1' but found 'b'");
        assertThat(message("(a = 1 b = 2)"))
                .isEqualTo("filterExpression: at column 8, expected 'and', 'or' or ')' after '1' but found 'b'");
        assertThat(message("(a = 1) 'x'")).isEqualTo("filterExpression: at column 9, expected 'and', 'or', 'LIMIT'"
                + " or the end of the expression after ')' but found the string 'x'");
    }

    @Test
    void unbalancedParentheses() {
        assertThat(message("(a = 1 or b = 2"))
                .isEqualTo("filterExpression: at column 16, expected 'and', 'or' or ')' after '2' but found the end of the expression");
        assertThat(message("a = 1)")).isEqualTo("filterExpression: at column 6, expected 'and', 'or', 'LIMIT'"
                + " or the end of the expression after '1' but found ')'");
        assertThat(message("()")).startsWith("filterExpression: at column 2, expected a field name, 'not', '(', true or false after '('");
    }

    @Test
    void danglingConnectives() {
        assertThat(message("a = 1 and")).isEqualTo("filterExpression: at column 10, expected a field name, 'not', '(',"
                + " true or false after 'and' but found the end of the expression");
        assertThat(message("not")).endsWith("after 'not' but found the end of the expression");
        assertThat(message("or a = 1")).startsWith("filterExpression: at column 1, expected a field name");
    }

    @Test
    void inLists() {
        assertThat(message("a in ()")).isEqualTo("filterExpression: at column 7, expected a value after '(' but found ')'");
        assertThat(message("a in (1 2)")).isEqualTo("filterExpression: at column 9, expected ',' or ')' after '1' but found '2'");
        assertThat(message("a in (1,)")).isEqualTo("filterExpression: at column 9, expected a value after ',' but found ')'");
        assertThat(message("a in 1")).isEqualTo("filterExpression: at column 6, expected '(' after 'in' but found '1'");
    }

    @Test
    void unterminatedStrings() {
        assertThat(message("name = 'abc")).isEqualTo("filterExpression: at column 8, the string 'abc has no closing ';"
                + " end it with ' and write a ' inside it as \\'");
        assertThat(message("name contains \"ab\\\" and x = 1")).startsWith("filterExpression: at column 15, the string \"ab\\\" and x = 1 has no closing \"");
        assertThat(message("name = 'abc\\")).startsWith("filterExpression: at column 8, the string 'abc\\ has no closing '");
    }

    @Test
    void twoStringsSideBySideAreNoEscape() {
        assertThat(message("s = 'it''s'")).isEqualTo("filterExpression: at column 9, expected 'and', 'or', 'LIMIT'"
                + " or the end of the expression after the string 'it' but found the string 's'");
    }

    @Test
    void unknownEscape() {
        assertThat(message("s = 'a\\qb'")).isEqualTo("filterExpression: at column 7, unknown escape '\\q' in a string;"
                + " the escapes are \\\\, \\', \\\", \\n, \\r and \\t");
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        assertThat(message("s = '😀😀' and t > and")).startsWith("filterExpression: at column 18, expected a value after '>'");
        assertThat(message("s = '😀\\😀'")).startsWith("filterExpression: at column 7, unknown escape '\\😀' in a string");
    }

    @Test
    void unknownCharacters() {
        assertThat(message("a = 1 && b = 2")).isEqualTo("filterExpression: at column 7, unexpected character '&' (U+0026);"
                + " a filter is made of field names, values, = != < <= > >= contains between in, and or not, parentheses"
                + " and a trailing LIMIT");
        assertThat(message("a =\u00A01")).startsWith("filterExpression: at column 4, unexpected character '\u00A0' (U+00A0);");
        assertThat(message("a = 😀")).startsWith("filterExpression: at column 5, unexpected character '😀' (U+1F600);");
        assertThat(message("a == 1")).isEqualTo("filterExpression: at column 4, expected a value after '=' but found '='");
        assertThat(message("a <> 1")).isEqualTo("filterExpression: at column 4, expected a value after '<' but found '>'");
        assertThat(message("_a = 1")).startsWith("filterExpression: at column 1, unexpected character '_' (U+005F)");
    }

    @Test
    void badLimit() {
        assertThat(message("a = 1 LIMIT")).isEqualTo("filterExpression: at column 12, expected a whole number after 'LIMIT'"
                + " but found the end of the expression");
        assertThat(message("LIMIT abc")).isEqualTo("filterExpression: at column 7, expected a whole number after 'LIMIT' but found 'abc'");
        assertThat(message("limit 1.5")).isEqualTo("filterExpression: at column 7, expected a whole number after 'limit' but found '1.5'");
        assertThat(message("LIMIT -1")).isEqualTo("filterExpression: at column 7, LIMIT -1 is negative; give the most rows to read, 0 or more");
        assertThat(message("LIMIT 9223372036854775808"))
                .isEqualTo("filterExpression: at column 7, LIMIT 9223372036854775808 is too large; the most is 9223372036854775807");
    }

    @Test
    void limitOnlyAtTheEnd() {
        assertThat(message("LIMIT 5 a = 1")).isEqualTo("filterExpression: at column 9, expected the end of the expression after '5' but found 'a'");
        assertThat(message("a = 1 LIMIT 5 LIMIT 6")).isEqualTo("filterExpression: at column 15, expected the end of the expression after '5' but found 'LIMIT'");
        assertThat(message("(a = 1 LIMIT 5)")).startsWith("filterExpression: at column 8, expected 'and', 'or' or ')' after '1' but found 'LIMIT'");
    }

    @Test
    void trailingGarbage() {
        assertThat(message("a = 1 xyz")).isEqualTo("filterExpression: at column 7, expected 'and', 'or', 'LIMIT'"
                + " or the end of the expression after '1' but found 'xyz'");
        assertThat(message("a = 1 LIMIT 5 ;")).startsWith("filterExpression: at column 15, unexpected character ';' (U+003B)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "d = 2021-02-30 | at column 5, '2021-02-30' is not a valid date (Invalid date 'FEBRUARY 30'); write a date as yyyy-mm-dd, e.g. 2021-04-20",
            "d = 2021-13-01 | at column 5, '2021-13-01' is not a valid date",
            "t = 2021-04-20T25:00:00Z | at column 5, '2021-04-20T25:00:00Z' is not a valid date-time",
            "t = 2021-04-20T10:30:35+25:00 | at column 5, '2021-04-20T10:30:35+25:00' is not a valid date-time",
            "t = 9999-12-31T23:00:00-05:00 | at column 5, '9999-12-31T23:00:00-05:00' is outside the years 0000 to 9999 in UTC",
            "t = 0000-01-01T00:00:00+01:00 | at column 5, '0000-01-01T00:00:00+01:00' is outside the years 0000 to 9999 in UTC",
    })
    void impossibleDatesAndTimes(String text, String problem) {
        assertThat(message(text)).startsWith("filterExpression: " + problem);
    }

    @Test
    void nullOnlyWithEqualityOperators() {
        assertThat(message("a > null")).isEqualTo("filterExpression: at column 5, null can only follow = or !="
                + " (a = null tests for a missing value), not '>'");
        assertThat(message("a in (1, null)")).startsWith("filterExpression: at column 10, null cannot be a value of in;");
        assertThat(message("a between null and 2")).startsWith("filterExpression: at column 11, null cannot be a value of between;");
        assertThat(message("a contains null")).startsWith("filterExpression: at column 12, contains needs a quoted string but found 'null'");
    }

    @Test
    void containsNeedsAString() {
        assertThat(message("a contains 5")).isEqualTo("filterExpression: at column 12, contains needs a quoted string"
                + " but found '5'; write e.g. a contains \"text\"");
    }

    @Test
    void keywordsAreNoFieldNames() {
        assertThat(message("limit = 5")).startsWith("filterExpression: at column 7, expected a whole number after 'limit' but found '='");
        assertThat(message("in = 5")).startsWith("filterExpression: at column 1, expected a field name");
    }

    @Test
    void deepNestingIsRefusedBeforeTheStackOverflows() {
        String deep = "(".repeat(5_000) + "a = 1" + ")".repeat(5_000);
        assertThat(message(deep)).isEqualTo("filterExpression: at column 101, the expression nests parentheses and 'not'"
                + " more than 100 deep; simplify it");
        assertThat(message("not ".repeat(5_000) + "a = 1")).startsWith("filterExpression: at column 401, the expression nests");
        String fine = "(".repeat(50) + "not ".repeat(50) + "a = 1" + ")".repeat(50);
        assertThat(FilterExpression.parse(fine).predicate()).isEqualTo(dev.dovetail.api.predicate.Predicate.eq("a", 1L));
    }

    @Test
    void longFlatExpressionsParse() {
        String wide = String.join(" and ", java.util.Collections.nCopies(2_000, "a = 1 or b = 2"));
        assertThat(FilterExpression.parse(wide).predicate()).isNotNull();
    }

    @Test
    void nothingIsPrinted() {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            for (String text : new String[] {"a > and", "a = 'x", "a = 1 #", "a in (", "(((", "LIMIT x", "a = 2021-02-30"}) {
                assertThatThrownBy(() -> FilterExpression.parse(text)).isInstanceOf(ConnectorException.class);
            }
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void nullTextIsAProgrammingError() {
        assertThatThrownBy(() -> FilterExpression.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text is null");
    }
}
