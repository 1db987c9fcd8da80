package dev.dovetail.appflow.filter;

import dev.dovetail.api.predicate.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;

import static dev.dovetail.api.predicate.Predicate.and;
import static dev.dovetail.api.predicate.Predicate.between;
import static dev.dovetail.api.predicate.Predicate.contains;
import static dev.dovetail.api.predicate.Predicate.eq;
import static dev.dovetail.api.predicate.Predicate.ge;
import static dev.dovetail.api.predicate.Predicate.gt;
import static dev.dovetail.api.predicate.Predicate.in;
import static dev.dovetail.api.predicate.Predicate.le;
import static dev.dovetail.api.predicate.Predicate.lt;
import static dev.dovetail.api.predicate.Predicate.ne;
import static dev.dovetail.api.predicate.Predicate.not;
import static dev.dovetail.api.predicate.Predicate.or;
import static org.assertj.core.api.Assertions.assertThat;

/** Every form of the grammar, read into the predicate AST, and printed back. */
class FilterExpressionTest {

    private static Predicate predicate(String text) {
        return FilterExpression.parse(text).predicate();
    }

    @Nested
    class TheSamplesAppFlowSends {
        @Test
        void equalityAndDateTimeRangeWithLimit() {
            FilterExpression expression = FilterExpression.parse(
                    "accountId = \"1234\" and createdAt between 2021-01-01T00:00:00Z and 2021-02-01T00:00:00Z LIMIT 100");

            assertThat(expression.predicate()).isEqualTo(and(
                    eq("accountId", "1234"),
                    between("createdAt", Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2021-02-01T00:00:00Z"))));
            assertThat(expression.limit()).hasValue(100);
        }

        @Test
        void containsWithAnEscapedQuote() {
            assertThat(predicate("name contains 'ab\\'c'")).isEqualTo(contains("name", "ab'c"));
        }

        @Test
        void inWithBothQuoteStyles() {
            assertThat(predicate("status in ('A', \"B\")")).isEqualTo(in("status", "A", "B"));
        }

        @Test
        void negatedDisjunction() {
            assertThat(predicate("not (x > 3 or y <= 2.5)"))
                    .isEqualTo(not(or(gt("x", 3L), le("y", new BigDecimal("2.5")))));
        }
    }

    @Nested
    class Comparisons {
        @Test
        void eachOperator() {
            assertThat(predicate("a = 1")).isEqualTo(eq("a", 1L));
            assertThat(predicate("a != 1")).isEqualTo(ne("a", 1L));
            assertThat(predicate("a < 1")).isEqualTo(lt("a", 1L));
            assertThat(predicate("a <= 1")).isEqualTo(le("a", 1L));
            assertThat(predicate("a > 1")).isEqualTo(gt("a", 1L));
            assertThat(predicate("a >= 1")).isEqualTo(ge("a", 1L));
        }

        @Test
        void operatorsNeedNoSpaces() {
            assertThat(predicate("a>=-1")).isEqualTo(ge("a", -1L));
            assertThat(predicate("a!='x'")).isEqualTo(ne("a", "x"));
        }

        @Test
        void betweenIsInclusiveBetween() {
            assertThat(predicate("n between 1 and 10")).isEqualTo(between("n", 1L, 10L));
        }

        @Test
        void betweenBindsItsOwnAndBeforeTheConjunction() {
            assertThat(predicate("n between 1 and 10 and m = 2")).isEqualTo(and(between("n", 1L, 10L), eq("m", 2L)));
        }

        @Test
        void inWithOneValueAndWithMany() {
            assertThat(predicate("id in (7)")).isEqualTo(in("id", 7L));
            assertThat(predicate("id in (1, 2.5, 'x', 2021-04-20, true)"))
                    .isEqualTo(in("id", 1L, new BigDecimal("2.5"), "x", LocalDate.of(2021, 4, 20), true));
        }

        @Test
        void nullTestsForAMissingValue() {
            assertThat(predicate("a = null")).isEqualTo(Predicate.isNull("a"));
            assertThat(predicate("a != NULL")).isEqualTo(Predicate.isNotNull("a"));
        }

        @Test
        void identifiersTakeDotsDashesUnderscoresAndDigits() {
            assertThat(predicate("Account.owner_id-2 = 1")).isEqualTo(eq("Account.owner_id-2", 1L));
        }

        @Test
        void identifiersMayStartWithAKeyword() {
            assertThat(predicate("android = 1 and order_in = 2 and limited = 3"))
                    .isEqualTo(and(eq("android", 1L), eq("order_in", 2L), eq("limited", 3L)));
        }
    }

    @Nested
    class Values {
        @Test
        void strings() {
            assertThat(predicate("s = 'plain'")).isEqualTo(eq("s", "plain"));
            assertThat(predicate("s = \"plain\"")).isEqualTo(eq("s", "plain"));
            assertThat(predicate("s = ''")).isEqualTo(eq("s", ""));
            assertThat(predicate("s = \"\"")).isEqualTo(eq("s", ""));
        }

        @Test
        void escapesInBothQuoteStyles() {
            assertThat(predicate("s = 'a\\'b\\\"c\\\\d\\ne\\tf\\rg'")).isEqualTo(eq("s", "a'b\"c\\d\ne\tf\rg"));
            assertThat(predicate("s = \"a\\'b\\\"c\\\\d\\ne\\tf\\rg\"")).isEqualTo(eq("s", "a'b\"c\\d\ne\tf\rg"));
        }

        @Test
        void theOtherQuoteNeedsNoEscape() {
            assertThat(predicate("s = \"it's\"")).isEqualTo(eq("s", "it's"));
            assertThat(predicate("s = 'say \"hi\"'")).isEqualTo(eq("s", "say \"hi\""));
        }

        @Test
        void keywordsAndOperatorsInsideStringsAreText() {
            assertThat(predicate("s = 'a and b or not (c) LIMIT 5'")).isEqualTo(eq("s", "a and b or not (c) LIMIT 5"));
        }

        @Test
        void unicodeText() {
            assertThat(predicate("s = 'Zürich – 東京 😀'")).isEqualTo(eq("s", "Zürich – 東京 😀"));
        }

        @Test
        void integers() {
            assertThat(predicate("n = 0")).isEqualTo(eq("n", 0L));
            assertThat(predicate("n = -42")).isEqualTo(eq("n", -42L));
            assertThat(predicate("n = 9223372036854775807")).isEqualTo(eq("n", Long.MAX_VALUE));
            assertThat(predicate("n = -9223372036854775808")).isEqualTo(eq("n", Long.MIN_VALUE));
        }

        @Test
        void integersBeyondALongAreDecimals() {
            assertThat(((Predicate.Comparison) predicate("n = 9223372036854775808")).value())
                    .isEqualTo(new BigDecimal("9223372036854775808"));
            assertThat(((Predicate.Comparison) predicate("n = -123456789012345678901234567890")).value())
                    .isEqualTo(new BigDecimal("-123456789012345678901234567890"));
        }

        @Test
        void decimalsKeepTheirScale() {
            assertThat(((Predicate.Comparison) predicate("n = 2.50")).value()).isEqualTo(new BigDecimal("2.50"));
            assertThat(((Predicate.Comparison) predicate("n = -0.001")).value()).isEqualTo(new BigDecimal("-0.001"));
        }

        @Test
        void dates() {
            assertThat(predicate("d = 2021-04-20")).isEqualTo(eq("d", LocalDate.of(2021, 4, 20)));
            assertThat(predicate("d = 2024-02-29")).isEqualTo(eq("d", LocalDate.of(2024, 2, 29)));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "2021-04-20T10:30:35Z",
                "2021-04-20T10:30:35.000Z",
                "2021-04-20T16:00:35+05:30",
                "2021-04-20T06:30:35-04:00",
                "2021-04-20T10:30:35",
                "2021-04-20T10:30:35+00:00"})
        void dateTimesWithOffsetsOrNone(String text) {
            assertThat(predicate("t = " + text)).isEqualTo(eq("t", Instant.parse("2021-04-20T10:30:35Z")));
        }

        @Test
        void dateTimesWithFractionsAndWithoutSeconds() {
            assertThat(predicate("t > 2021-04-20T10:30:35.123456789Z"))
                    .isEqualTo(gt("t", Instant.parse("2021-04-20T10:30:35.123456789Z")));
            assertThat(predicate("t > 2021-04-20T10:30:35.5+01:00"))
                    .isEqualTo(gt("t", Instant.parse("2021-04-20T09:30:35.500Z")));
            assertThat(predicate("t > 2021-04-20T10:30Z")).isEqualTo(gt("t", Instant.parse("2021-04-20T10:30:00Z")));
        }

        @Test
        void booleans() {
            assertThat(predicate("flag = true")).isEqualTo(eq("flag", true));
            assertThat(predicate("flag != FALSE")).isEqualTo(ne("flag", false));
        }
    }

    @Nested
    class LogicAndPrecedence {
        @Test
        void notBindsTighterThanAndWhichBindsTighterThanOr() {
            assertThat(predicate("a = 1 or b = 2 and not c = 3"))
                    .isEqualTo(or(eq("a", 1L), and(eq("b", 2L), not(eq("c", 3L)))));
            assertThat(predicate("not a = 1 and b = 2")).isEqualTo(and(not(eq("a", 1L)), eq("b", 2L)));
        }

        @Test
        void parenthesesOverridePrecedence() {
            assertThat(predicate("(a = 1 or b = 2) and c = 3")).isEqualTo(and(or(eq("a", 1L), eq("b", 2L)), eq("c", 3L)));
            assertThat(predicate("not (a = 1 and b = 2)")).isEqualTo(not(and(eq("a", 1L), eq("b", 2L))));
            assertThat(predicate("((((a = 1))))")).isEqualTo(eq("a", 1L));
        }

        @Test
        void chainsFlatten() {
            assertThat(predicate("a = 1 and b = 2 and c = 3")).isEqualTo(and(eq("a", 1L), eq("b", 2L), eq("c", 3L)));
            assertThat(predicate("a = 1 or (b = 2 or c = 3)")).isEqualTo(or(eq("a", 1L), eq("b", 2L), eq("c", 3L)));
        }

        @Test
        void doubleNegationCancels() {
            assertThat(predicate("not not a = 1")).isEqualTo(eq("a", 1L));
        }

        @Test
        void constants() {
            assertThat(predicate("true")).isEqualTo(Predicate.alwaysTrue());
            assertThat(predicate("FALSE")).isEqualTo(Predicate.alwaysFalse());
            assertThat(predicate("a = 1 and true")).isEqualTo(eq("a", 1L));
            assertThat(predicate("a = 1 or true")).isEqualTo(Predicate.alwaysTrue());
            assertThat(predicate("not false")).isEqualTo(Predicate.alwaysTrue());
        }
    }

    @Nested
    class KeywordsAndWhitespace {
        @Test
        void keywordsInAnyCase() {
            Predicate expected = and(not(eq("a", 1L)), or(contains("s", "x"), between("n", 1L, 2L), in("i", 1L)));
            assertThat(predicate("NOT a = 1 AND (s CONTAINS 'x' OR n BETWEEN 1 AND 2 OR i IN (1))")).isEqualTo(expected);
            assertThat(predicate("Not a = 1 aNd (s Contains 'x' oR n bEtWeEn 1 And 2 or i In (1))")).isEqualTo(expected);
        }

        @Test
        void anyWhitespace() {
            assertThat(predicate(" \t a\n=\r\n1 \f and\tb   in(1,2) ")).isEqualTo(and(eq("a", 1L), in("b", 1L, 2L)));
        }
    }

    @Nested
    class Limit {
        @Test
        void withAFilter() {
            FilterExpression expression = FilterExpression.parse("a = 1 limit 5");
            assertThat(expression.predicate()).isEqualTo(eq("a", 1L));
            assertThat(expression.limit()).hasValue(5);
        }

        @Test
        void alone() {
            FilterExpression expression = FilterExpression.parse("LIMIT 100");
            assertThat(expression.predicate()).isEqualTo(Predicate.alwaysTrue());
            assertThat(expression.limit()).hasValue(100);
        }

        @Test
        void zeroAndTheLargestLong() {
            assertThat(FilterExpression.parse("Limit 0").limit()).hasValue(0);
            assertThat(FilterExpression.parse("LIMIT 9223372036854775807").limit()).hasValue(Long.MAX_VALUE);
        }

        @Test
        void absent() {
            assertThat(FilterExpression.parse("a = 1").limit()).isEmpty();
        }
    }

    @Nested
    class Empty {
        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t\n "})
        void blankIsAlwaysTrueWithoutALimit(String text) {
            assertThat(FilterExpression.parse(text)).isEqualTo(new FilterExpression(Predicate.alwaysTrue(), OptionalLong.empty()));
        }
    }

    @Nested
    class Printing {
        @Test
        void canonicalText() {
            assertThat(FilterExpression.parse("A = 1 OR B = 2 AND NOT (C = 'x' OR D != null) limit 3").print())
                    .isEqualTo("A = 1 or B = 2 and not (C = \"x\" or D != null) LIMIT 3");
            assertThat(FilterExpression.parse("(a = 1 or b = 2) and c between 2021-04-20 and 2021-04-20T10:30:35.5+01:00").print())
                    .isEqualTo("(a = 1 or b = 2) and c between 2021-04-20 and 2021-04-20T09:30:35.500Z");
            assertThat(FilterExpression.parse("s contains 'a\"b\\'c\\\\\\n' and i in (1, -2.50, true)").toString())
                    .isEqualTo("s contains \"a\\\"b'c\\\\\\n\" and i in (1, -2.50, true)");
        }

        @Test
        void limitAloneAndNothing() {
            assertThat(FilterExpression.parse("LIMIT 7").print()).isEqualTo("LIMIT 7");
            assertThat(FilterExpression.parse("").print()).isEqualTo("true");
            assertThat(FilterExpression.parse("false limit 1").print()).isEqualTo("false LIMIT 1");
        }

        @Test
        void builtPredicatesAreCanonicalised() {
            FilterExpression built = FilterExpression.of(new Predicate.And(java.util.List.of(eq("a", 1), eq("a", 1L), eq("b", 2.5f))));

            assertThat(built.predicate()).isEqualTo(and(eq("a", 1L), eq("b", 2.5d)));
            assertThat(built.print()).isEqualTo("a = 1 and b = 2.5");
        }

        @Test
        void theTextParsesBackToTheSameExpression() {
            String text = "not (x > 3 or y <= 2.5) and s in ('A', \"B\") and t = null and n between -1 and 99999999999999999999"
                    + " and d < 0001-01-01T00:00:00.000000001Z LIMIT 4";
            FilterExpression expression = FilterExpression.parse(text);
            assertThat(FilterExpression.parse(expression.print())).isEqualTo(expression);
        }
    }
}
