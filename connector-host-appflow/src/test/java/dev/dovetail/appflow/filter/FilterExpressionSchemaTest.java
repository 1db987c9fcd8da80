package dev.dovetail.appflow.filter;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.predicate.PredicateEvaluator;
import dev.dovetail.api.read.Row;
import dev.dovetail.api.schema.EntitySchema;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static dev.dovetail.api.predicate.Predicate.and;
import static dev.dovetail.api.predicate.Predicate.between;
import static dev.dovetail.api.predicate.Predicate.eq;
import static dev.dovetail.api.predicate.Predicate.gt;
import static dev.dovetail.api.predicate.Predicate.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Parsing against an entity: field names checked and respelt, values converted to the fields' types. */
class FilterExpressionSchemaTest {
    private static final EntitySchema ACCOUNTS = TestEntities.ACCOUNTS;

    private static Predicate predicate(String text) {
        return FilterExpression.parse(text, ACCOUNTS).predicate();
    }

    private static String message(String text) {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> FilterExpression.parse(text, ACCOUNTS));
        assertThat(failure).as("parsing <%s> fails", text).isNotNull();
        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        return failure.getMessage();
    }

    @Test
    void valuesTakeTheirFieldsTypes() {
        assertThat(predicate("founded = '2021-04-20'")).isEqualTo(eq("founded", LocalDate.of(2021, 4, 20)));
        assertThat(predicate("createdAt >= 2021-04-20")).isEqualTo(Predicate.ge("createdAt", Instant.parse("2021-04-20T00:00:00Z")));
        assertThat(predicate("createdAt < '2021-04-20T10:30:35+02:00'")).isEqualTo(Predicate.lt("createdAt", Instant.parse("2021-04-20T08:30:35Z")));
        assertThat(predicate("revenue > 5")).isEqualTo(gt("revenue", BigDecimal.valueOf(5)));
        assertThat(predicate("score = 2.5")).isEqualTo(eq("score", 2.5d));
        assertThat(predicate("employees in ('10', 20)")).isEqualTo(in("employees", 10L, 20L));
        assertThat(predicate("active = 'true'")).isEqualTo(eq("active", true));
        assertThat(predicate("founded between '2020-01-01' and 2020-12-31"))
                .isEqualTo(between("founded", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
    }

    @Test
    void fieldNamesAreSpeltAsTheEntitySpellsThem() {
        assertThat(predicate("ACCOUNTID = 'a' and Employees = 3")).isEqualTo(and(eq("accountId", "a"), eq("employees", 3L)));
    }

    @Test
    void unknownFieldSaysWhatItMayHaveMeant() {
        assertThat(message("employees > 3 and acountId = 'x'")).isEqualTo("filterExpression: at column 19, entity 'accounts'"
                + " has no field 'acountId'; did you mean 'accountId'? (its fields: accountId, employees, views, revenue,"
                + " score, ratio, active, founded, createdAt, logo)");
        assertThat(message("zzz = 1")).startsWith("filterExpression: at column 1, entity 'accounts' has no field 'zzz' (its fields:");
        assertThat(message("accountId = null or nope = null")).startsWith("filterExpression: at column 21, entity 'accounts' has no field 'nope'");
    }

    @Test
    void mistypedValuesNameTheFieldAndTheValue() {
        assertThat(message("employees = 'many'")).isEqualTo("filterExpression: at column 13, cannot compare column"
                + " 'employees' of type INT with String many; give a number");
        assertThat(message("accountId = 1234")).isEqualTo("filterExpression: at column 13, cannot compare column"
                + " 'accountId' of type STRING with Long 1234; give a quoted string");
        assertThat(message("founded < 'soon'")).startsWith("filterExpression: at column 11, cannot compare column 'founded' of type DATE");
        assertThat(message("active in (true, 'maybe')")).startsWith("filterExpression: at column 18, cannot compare column 'active' of type BOOLEAN");
        assertThat(message("logo = 'x'")).isEqualTo("filterExpression: at column 8, column 'logo' is BINARY, which cannot be filtered");
    }

    @Test
    void containsOnlyOnText() {
        assertThat(predicate("accountId contains 'x'")).isEqualTo(Predicate.contains("accountId", "x"));
        assertThat(message("employees contains '1'")).isEqualTo("filterExpression: at column 11, contains applies only"
                + " to text fields, but 'employees' is INT; compare it with = != < <= > >= between or in");
    }

    @Test
    void numbersBeyondTheFieldsRangeAreRefused() {
        assertThat(message("score > " + "9".repeat(400))).startsWith("filterExpression: at column 9, '999")
                .endsWith("as a value of column 'score' of type DOUBLE is not a finite number");
    }

    @Test
    void printedTextParsesBackAgainstTheEntity() {
        FilterExpression expression = FilterExpression.parse("founded = '2021-04-20' and ratio = 0.1 and revenue between 1 and 2.5"
                + " and createdAt > 2021-04-20 and employees != null LIMIT 10", ACCOUNTS);

        assertThat(expression.print()).isEqualTo("founded = 2021-04-20 and ratio = 0.10000000149011612 and revenue between 1 and 2.5"
                + " and createdAt > 2021-04-20T00:00:00Z and employees != null LIMIT 10");
        assertThat(FilterExpression.parse(expression.print(), ACCOUNTS)).isEqualTo(expression);
    }

    @Test
    void theResultSelectsRowsWithTheApisEvaluator() {
        Predicate predicate = predicate("employees between 10 and 20 and founded < '2000-01-01' and accountId contains 'b'");
        var compiled = PredicateEvaluator.compile(predicate, ACCOUNTS);

        Row matching = Row.of("abc", 10, 5L, new BigDecimal("1.00"), 1.0, 1.0f, true, LocalDate.of(1999, 12, 31),
                Instant.EPOCH, new byte[0]);
        Row tooYoung = Row.of("abc", 20, 5L, new BigDecimal("1.00"), 1.0, 1.0f, true, LocalDate.of(2000, 1, 1),
                Instant.EPOCH, new byte[0]);
        assertThat(compiled.test(matching)).isTrue();
        assertThat(compiled.test(tooYoung)).isFalse();
    }
}
