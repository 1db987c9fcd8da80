package dev.dovetail.appflow.filter;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.ComparisonOperator;
import dev.dovetail.api.predicate.Predicate;
import dev.dovetail.api.schema.DataType;
import dev.dovetail.api.schema.EntitySchema;
import dev.dovetail.api.schema.Field;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Printing and parsing are inverse: random predicate trees print to text that parses back to the same
 * tree, random expression texts parse, print and parse again to the same tree, and any text at all
 * either parses or fails with a positioned INVALID_ARGUMENT, never with another exception.
 */
class FilterExpressionPropertyTest {
    private static final Pattern POSITIONED = Pattern.compile("filterExpression: at column (\\d+), .+", Pattern.DOTALL);
    private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    // ---- random trees: print, then parse ----

    // Edge cases off: their combinations alone outnumber the tries, so they would crowd out random trees;
    // the generators name the extremes (Long.MIN_VALUE, year 0000, empty strings) themselves.
    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void aPrintedTreeParsesBackToTheSameTree(@ForAll("predicates") Predicate predicate, @ForAll("limits") OptionalLong limit) {
        FilterExpression expression = new FilterExpression(predicate, limit);

        assertThat(expression.predicate()).as("a tree built with the factories is already canonical").isEqualTo(predicate);
        assertThat(FilterExpression.parse(expression.print())).isEqualTo(expression);
    }

    @Provide
    Arbitrary<OptionalLong> limits() {
        return Arbitraries.oneOf(
                Arbitraries.just(OptionalLong.empty()),
                Arbitraries.longs().greaterOrEqual(0).map(OptionalLong::of));
    }

    @Provide
    Arbitrary<Predicate> predicates() {
        return tree(4);
    }

    private Arbitrary<Predicate> tree(int depth) {
        if (depth == 0) {
            return leaf();
        }
        Arbitrary<Predicate> child = Arbitraries.lazy(() -> tree(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(4, leaf()),
                Tuple.of(2, child.list().ofMinSize(2).ofMaxSize(4).map(Predicate::and)),
                Tuple.of(2, child.list().ofMinSize(2).ofMaxSize(4).map(Predicate::or)),
                Tuple.of(1, child.map(Predicate::not)));
    }

    private Arbitrary<Predicate> leaf() {
        Arbitrary<String> column = identifiers();
        Arbitrary<Object> value = literals();
        return Arbitraries.frequencyOf(
                Tuple.of(6, Combinators.combine(column, Arbitraries.of(ComparisonOperator.class), value)
                        .as(Predicate::compare)),
                Tuple.of(2, Combinators.combine(column, value.list().ofMinSize(1).ofMaxSize(4)).as(Predicate::in)),
                Tuple.of(2, Combinators.combine(column, value, value).as(Predicate::between)),
                Tuple.of(2, Combinators.combine(column, strings()).as(Predicate::contains)),
                Tuple.of(1, column.map(Predicate::isNull)),
                Tuple.of(1, column.map(Predicate::isNotNull)),
                Tuple.of(1, Arbitraries.of(Predicate.alwaysTrue(), Predicate.alwaysFalse())));
    }

    private static Arbitrary<String> identifiers() {
        Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars("_.-").ofMaxLength(8);
        return Combinators.combine(first, rest).as((c, tail) -> c + tail).filter(FilterForms::isIdentifier);
    }

    private static Arbitrary<String> strings() {
        Arbitrary<String> tricky = Arbitraries.strings().withChars("'\"\\\n\r\t ()=<>!,aZ09-:.").ofMaxLength(12);
        return Arbitraries.oneOf(tricky, Arbitraries.strings().all().ofMaxLength(12), Arbitraries.of("", "and", "LIMIT 5"));
    }

    private static Arbitrary<Object> literals() {
        Arbitrary<Long> longs = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
        Arbitrary<BigDecimal> decimals = Combinators.combine(Arbitraries.bigIntegers()
                        .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)), Arbitraries.integers().between(1, 12))
                .as(BigDecimal::new);
        Arbitrary<BigDecimal> huge = Arbitraries.bigIntegers()
                .between(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), BigInteger.TEN.pow(40))
                .flatMap(n -> Arbitraries.of(n, n.negate().subtract(BigInteger.ONE)))
                .map(BigDecimal::new);
        Arbitrary<LocalDate> dates = Arbitraries.longs().between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Instant> instants = Combinators.combine(
                        Arbitraries.longs().between(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toEpochSecond(),
                                LAST_DAY.atTime(23, 59, 59).toEpochSecond(ZoneOffset.UTC)),
                        Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999)))
                .as(Instant::ofEpochSecond);
        return Arbitraries.oneOf(longs.map(Object.class::cast), decimals.map(Object.class::cast), huge.map(Object.class::cast),
                strings().map(Object.class::cast), Arbitraries.of(true, false).map(Object.class::cast),
                dates.map(Object.class::cast), instants.map(Object.class::cast));
    }

    // ---- random texts: parse, print, parse ----

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void aParsedTextPrintsToTextThatParsesToTheSameTree(@ForAll("texts") String text) {
        FilterExpression parsed = FilterExpression.parse(text);

        assertThat(FilterExpression.parse(parsed.print())).isEqualTo(parsed);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> limit = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(gap(), keyword("limit"), gap(), Arbitraries.longs().between(0, 1_000_000))
                        .as((s1, kw, s2, n) -> s1 + kw + s2 + n));
        return Arbitraries.frequencyOf(
                Tuple.of(9, Combinators.combine(space(), expressionText(3), limit, space())
                        .as((s1, e, l, s2) -> s1 + e + l + s2)),
                Tuple.of(1, Combinators.combine(space(), keyword("limit"), gap(), Arbitraries.longs().between(0, 99))
                        .as((s1, kw, s2, n) -> s1 + kw + s2 + n)));
    }

    private Arbitrary<String> expressionText(int depth) {
        if (depth == 0) {
            return conditionText();
        }
        Arbitrary<String> inner = Arbitraries.lazy(() -> expressionText(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(3, conditionText()),
                Tuple.of(2, Combinators.combine(inner, keyword("and"), inner).as((a, kw, b) -> a + " " + kw + " " + b)),
                Tuple.of(2, Combinators.combine(inner, keyword("or"), inner).as((a, kw, b) -> a + " " + kw + " " + b)),
                Tuple.of(1, Combinators.combine(keyword("not"), space(), inner).as((kw, s, e) -> kw + " " + s + e)),
                Tuple.of(1, Combinators.combine(space(), inner, space()).as((s1, e, s2) -> "(" + s1 + e + s2 + ")")),
                Tuple.of(1, Combinators.combine(keyword("true"), keyword("false")).as((t, f) -> t)));
    }

    private Arbitrary<String> conditionText() {
        Arbitrary<String> field = identifiers();
        Arbitrary<String> value = valueText();
        Arbitrary<String> operator = Arbitraries.of("=", "!=", "<", "<=", ">", ">=");
        return Arbitraries.oneOf(
                Combinators.combine(field, space(), operator, space(), value).as((f, s1, op, s2, v) -> f + s1 + op + s2 + v),
                Combinators.combine(field, Arbitraries.of("=", "!="), keyword("null")).as((f, op, n) -> f + " " + op + " " + n),
                Combinators.combine(field, keyword("contains"), stringText()).as((f, kw, s) -> f + " " + kw + " " + s),
                Combinators.combine(field, keyword("between"), value, keyword("and"), value)
                        .as((f, kw, lo, and, hi) -> f + " " + kw + " " + lo + " " + and + " " + hi),
                Combinators.combine(field, keyword("in"), space(), value.list().ofMinSize(1).ofMaxSize(4))
                        .as((f, kw, s, values) -> f + " " + kw + s + "(" + String.join("," + " ", values) + ")"));
    }

    private Arbitrary<String> valueText() {
        return Arbitraries.oneOf(integerText(), decimalText(), dateTimeText(), dateText(), stringText(), keyword("true"),
                keyword("false"));
    }

    private static Arbitrary<String> integerText() {
        return Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25)).map(BigInteger::toString);
    }

    private static Arbitrary<String> decimalText() {
        return Combinators.combine(integerText(), Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6))
                .as((whole, fraction) -> whole + "." + fraction);
    }

    /** Date-times with and without seconds, fraction and zone, all inside the years 0001 to 9998. */
    private static Arbitrary<String> dateTimeText() {
        Arbitrary<LocalDateTime> times = Combinators.combine(
                        Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9998, 12, 31).toEpochDay()),
                        Arbitraries.integers().between(0, 86_399), Arbitraries.integers().between(0, 999_999_999))
                .as((day, second, nano) -> LocalDate.ofEpochDay(day).atStartOfDay().plusSeconds(second).plusNanos(nano));
        Arbitrary<String> zones = Arbitraries.of("Z", "", "+05:30", "-04:00", "+00:00", "+14:00");
        return Combinators.combine(times, zones, Arbitraries.integers().between(0, 2))
                .as((time, zone, form) -> switch (form) {
                    case 0 -> time.toLocalDate() + "T" + String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute()) + zone;
                    case 1 -> time.withNano(0) + (time.getSecond() == 0 ? ":00" : "") + zone;
                    default -> time.toLocalDate() + "T" + String.format(Locale.ROOT, "%02d:%02d:%02d.%09d",
                            time.getHour(), time.getMinute(), time.getSecond(), time.getNano()) + zone;
                });
    }

    private static Arbitrary<String> dateText() {
        return Arbitraries.longs().between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay())
                .map(day -> LocalDate.ofEpochDay(day).toString());
    }

    // ---- random texts against an entity: parse, print, parse ----

    private static final EntitySchema ENTITY = TestEntities.ACCOUNTS;

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void aTextParsedAgainstAnEntityPrintsToTextThatParsesToTheSameTree(@ForAll("typedTexts") String text) {
        FilterExpression parsed = FilterExpression.parse(text, ENTITY);

        assertThat(FilterExpression.parse(parsed.print(), ENTITY)).isEqualTo(parsed);
    }

    @Provide
    Arbitrary<String> typedTexts() {
        Arbitrary<String> condition = Arbitraries.of(ENTITY.fields()).filter(field -> field.type().kind() != DataType.Kind.BINARY)
                .flatMap(this::typedCondition);
        Arbitrary<String> joined = condition.list().ofMinSize(1).ofMaxSize(5)
                .flatMap(conditions -> Arbitraries.of(" and ", " or ", " AND not ").list().ofSize(conditions.size())
                        .map(connectives -> {
                            StringBuilder text = new StringBuilder(conditions.get(0));
                            for (int i = 1; i < conditions.size(); i++) {
                                text.append(connectives.get(i)).append(conditions.get(i));
                            }
                            return text.toString();
                        }));
        return Combinators.combine(joined, Arbitraries.of("", " LIMIT 10")).as(String::concat);
    }

    private Arbitrary<String> typedCondition(Field field) {
        boolean text = field.type().kind() == DataType.Kind.STRING;
        Arbitrary<String> value = text
                ? stringText()
                : typedValue(field.type().kind()).flatMap(written -> Arbitraries.of(written, "'" + written + "'"));
        return Arbitraries.of(field.name(), field.name().toUpperCase(Locale.ROOT)).flatMap(name -> {
            Arbitrary<String> comparison = Combinators.combine(Arbitraries.of("=", "!=", "<", "<=", ">", ">="), value)
                    .as((op, v) -> name + " " + op + " " + v);
            Arbitrary<String> range = Combinators.combine(value, value).as((lo, hi) -> name + " between " + lo + " and " + hi);
            Arbitrary<String> membership = value.list().ofMinSize(1).ofMaxSize(3)
                    .map(values -> name + " in (" + String.join(", ", values) + ")");
            Arbitrary<String> missing = Arbitraries.of(name + " = null", name + " != null");
            return text
                    ? Arbitraries.oneOf(comparison, range, membership, missing, stringText().map(s -> name + " contains " + s))
                    : Arbitraries.oneOf(comparison, range, membership, missing);
        });
    }

    /** Unquoted value text that fits a field of {@code kind} (STRING aside). */
    private static Arbitrary<String> typedValue(DataType.Kind kind) {
        return switch (kind) {
            case INT -> Arbitraries.integers().map(String::valueOf);
            case LONG -> Arbitraries.longs().map(String::valueOf);
            case DECIMAL -> Combinators.combine(Arbitraries.longs().between(-9_999_999_999L, 9_999_999_999L),
                    Arbitraries.of("", ".5", ".25", ".1")).as((whole, fraction) -> whole + fraction);
            case DOUBLE, FLOAT -> Arbitraries.oneOf(decimalText(), integerText());
            case BOOLEAN -> Arbitraries.of("true", "false", "TRUE");
            case DATE -> dateText();
            case TIMESTAMP -> Arbitraries.oneOf(dateTimeText(), dateText());
            default -> throw new IllegalArgumentException("no values for " + kind);
        };
    }

    /** A quoted string in either style, escaping what must be escaped and, at random, what may be. */
    private Arbitrary<String> stringText() {
        return Combinators.combine(strings(), Arbitraries.of('\'', '"'), Arbitraries.longs())
                .as((text, quote, seed) -> {
                    StringBuilder quoted = new StringBuilder().append(quote);
                    long bits = seed;
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        boolean optional = (bits & 1) == 1;
                        bits = Long.rotateRight(bits, 1);
                        switch (c) {
                            case '\\' -> quoted.append("\\\\");
                            case '\n' -> quoted.append(optional ? "\\n" : "\n");
                            case '\t' -> quoted.append(optional ? "\\t" : "\t");
                            case '\r' -> quoted.append(optional ? "\\r" : "\r");
                            case '\'', '"' -> quoted.append(c == quote || optional ? "\\" + c : String.valueOf(c));
                            default -> quoted.append(c);
                        }
                    }
                    return quoted.append(quote).toString();
                });
    }

    private static Arbitrary<String> keyword(String word) {
        return Arbitraries.integers().between(0, (1 << word.length()) - 1).map(mask -> {
            StringBuilder cased = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                cased.append((mask & (1 << i)) != 0 ? Character.toUpperCase(c) : c);
            }
            return cased.toString();
        });
    }

    /** Optional white space. */
    private static Arbitrary<String> space() {
        return Arbitraries.of("", " ", "  ", "\t", "\n", " \r\n ");
    }

    /** White space where a token must end. */
    private static Arbitrary<String> gap() {
        return Arbitraries.of(" ", "  ", "\t", "\n", " \r\n ");
    }

    // ---- any text: parsed, or one positioned INVALID_ARGUMENT ----

    @Property(tries = 1000)
    void anyTextParsesOrFailsWithAPositionedInvalidArgument(@ForAll("soups") String text) {
        Throwable failure = catchThrowable(() -> {
            FilterExpression parsed = FilterExpression.parse(text);
            assertThat(FilterExpression.parse(parsed.print())).isEqualTo(parsed);
        });
        if (failure == null) {
            return;
        }
        assertThat(failure).isInstanceOf(ConnectorException.class);
        assertThat(((ConnectorException) failure).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        Matcher matcher = POSITIONED.matcher(failure.getMessage());
        assertThat(matcher.matches()).as("positioned message: %s", failure.getMessage()).isTrue();
        assertThat(Integer.parseInt(matcher.group(1))).isBetween(1, text.length() + 1);
    }

    @Provide
    Arbitrary<String> soups() {
        Arbitrary<String> fragment = Arbitraries.of("a", "Name.x-1", "=", "!=", "<", ">=", "!", "(", ")", ",", "and", "OR", "not",
                "contains", "between", "in", "limit", "LIMIT", "true", "False", "null", "5", "-3", "2.5", "-", ".",
                "2021-04-20", "2021-02-30", "2021-04-20T10:30:35Z", "2021-04-20T10:30:35+05:30", "9999-12-31T23:59:59-01:00",
                "'x'", "\"y\"", "'", "\"", "\\", "'a\\'b'", "'\\q'", "#", "_", "😀", "99999999999999999999999");
        return Combinators.combine(fragment, Arbitraries.of("", " ")).as((f, s) -> f + s)
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}
