package dev.dovetail.appflow.filter;

import dev.dovetail.api.ConnectorException;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.dovetail.appflow.filter.AppFlowFilterLexer.AND;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.BETWEEN;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.COMMA;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.CONTAINS;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.DATE;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.DATETIME;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.DECIMAL;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.EQ;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.FALSE;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.GE;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.GT;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.IDENTIFIER;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.IN;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.INTEGER;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.LE;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.LIMIT;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.LPAREN;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.LT;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.NE;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.NOT;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.NULL;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.OR;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.RPAREN;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.STRING;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.TRUE;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.UNKNOWN;
import static dev.dovetail.appflow.filter.AppFlowFilterLexer.UNTERMINATED_STRING;

/**
 * The parser's error strategy: stops at the first syntax error, with no recovery and nothing printed,
 * by throwing a {@link ConnectorException} that names the column, what the grammar expected there, the
 * token before and the token found, e.g. {@code filterExpression: at column 5, expected a value after
 * '>' but found 'and'}. Tokens the lexer could not make sense of (an unknown character, a string without
 * its closing quote) get a message of their own.
 *
 * <p>One instance serves one parse; it is not thread-safe (ANTLR's strategies keep per-parse state).
 */
final class FilterSyntaxErrors extends DefaultErrorStrategy {
    private static final int[] VALUES = {STRING, INTEGER, DECIMAL, DATE, DATETIME, TRUE, FALSE, NULL};
    private static final int[] OPERATORS = {EQ, NE, LT, LE, GT, GE, CONTAINS, BETWEEN, IN};
    /** Single tokens in the order a message lists them, after field names, values and operators. */
    private static final int[] OTHERS = {NOT, LPAREN, TRUE, FALSE, AND, OR, COMMA, RPAREN, LIMIT, INTEGER, Token.EOF};

    // Where the parser first stood at the current token: what it expected there is everything that may
    // follow the text read so far, including the optional parts it has since passed (the loop over AND, say),
    // so that "x = 1 y" lists 'and', 'or', 'LIMIT' and the end of the expression, not only the last of them.
    private int firstSyncIndex = -1;
    private int firstSyncState;
    private ParserRuleContext firstSyncContext;

    @Override
    public void sync(Parser recognizer) {
        int index = recognizer.getInputStream().index();
        if (index != firstSyncIndex) {
            firstSyncIndex = index;
            firstSyncState = recognizer.getState();
            firstSyncContext = recognizer.getContext();
        }
        super.sync(recognizer);
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        throw unexpected(recognizer, e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw unexpected(recognizer, e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        throw unexpected(recognizer, recognizer.getCurrentToken(), recognizer.getExpectedTokens());
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        throw unexpected(recognizer, recognizer.getCurrentToken(), recognizer.getExpectedTokens());
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        throw unexpected(recognizer, recognizer.getCurrentToken(), recognizer.getExpectedTokens());
    }

    private ConnectorException unexpected(Parser recognizer, Token found, IntervalSet expectedHere) {
        IntervalSet expected = found.getTokenIndex() == firstSyncIndex
                ? recognizer.getATN().getExpectedTokens(firstSyncState, firstSyncContext)
                : expectedHere;
        return unexpected(recognizer.getInputStream(), found, expected);
    }

    private static ConnectorException unexpected(TokenStream tokens, Token found, IntervalSet expected) {
        if (found.getType() == UNKNOWN) {
            return FilterErrors.at(found, "unexpected character " + FilterErrors.describe(found)
                    + String.format(Locale.ROOT, " (U+%04X)", found.getText().codePointAt(0))
                    + "; a filter is made of field names, values, = != < <= > >= contains between in, and or not, "
                    + "parentheses and a trailing LIMIT");
        }
        if (found.getType() == UNTERMINATED_STRING) {
            char quote = found.getText().charAt(0);
            return FilterErrors.at(found, "the string " + FilterErrors.describe(found) + " has no closing " + quote
                    + "; end it with " + quote + " and write a " + quote + " inside it as \\" + quote);
        }
        String after = previous(tokens, found)
                .map(token -> " after " + FilterErrors.describe(token))
                .orElse("");
        return FilterErrors.at(found, "expected " + describe(expected) + after + " but found " + FilterErrors.describe(found));
    }

    private static Optional<Token> previous(TokenStream tokens, Token found) {
        int index = found.getTokenIndex();
        return index > 0 ? Optional.of(tokens.get(index - 1)) : Optional.empty();
    }

    /** The expected tokens in words: "a field name", "a value", "an operator (...)", "')'", and so on. */
    static String describe(IntervalSet expected) {
        List<String> parts = new ArrayList<>();
        boolean value = containsAll(expected, VALUES);
        boolean operator = containsAll(expected, OPERATORS);
        if (expected.contains(IDENTIFIER)) {
            parts.add("a field name");
        }
        if (value) {
            parts.add("a value");
        }
        if (operator) {
            parts.add("an operator (=, !=, <, <=, >, >=, contains, between or in)");
        }
        for (int type : OTHERS) {
            boolean covered = value && contains(VALUES, type);
            if (expected.contains(type) && !covered) {
                parts.add(name(type));
            }
        }
        if (parts.isEmpty()) {
            // Not reachable with this grammar; kept so that a grammar change cannot produce "expected  but".
            parts.add(expected.toString(AppFlowFilterLexer.VOCABULARY));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    private static String name(int type) {
        return switch (type) {
            case NOT -> "'not'";
            case AND -> "'and'";
            case OR -> "'or'";
            case TRUE -> "true";
            case FALSE -> "false";
            case LPAREN -> "'('";
            case RPAREN -> "')'";
            case COMMA -> "','";
            case LIMIT -> "'LIMIT'";
            case INTEGER -> "a whole number";
            case Token.EOF -> "the end of the expression";
            default -> AppFlowFilterLexer.VOCABULARY.getDisplayName(type);
        };
    }

    private static boolean containsAll(IntervalSet set, int[] types) {
        for (int type : types) {
            if (!set.contains(type)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] types, int type) {
        for (int candidate : types) {
            if (candidate == type) {
                return true;
            }
        }
        return false;
    }
}
