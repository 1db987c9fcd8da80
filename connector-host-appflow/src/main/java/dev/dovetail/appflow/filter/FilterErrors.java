package dev.dovetail.appflow.filter;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import org.antlr.v4.runtime.Token;

/**
 * Builds the {@link ErrorCode#INVALID_ARGUMENT} failures of filter-expression parsing, all in one shape:
 * {@code filterExpression: at column 12, <what is wrong and how to fix it>}. Columns count the
 * characters (Unicode code points, as ANTLR does) of the whole expression from 1.
 */
final class FilterErrors {
    /** The AppFlow request field the expressions come from; every message starts with it. */
    static final String SUBJECT = "filterExpression";

    private static final int MAX_QUOTED = 40;

    private FilterErrors() {
    }

    /** A failure about {@code token}, reported at its first character. */
    static ConnectorException at(Token token, String problem) {
        return atColumn(token.getStartIndex() + 1, problem);
    }

    /** A failure at the 1-based {@code column} of the expression. */
    static ConnectorException atColumn(int column, String problem) {
        return new ConnectorException(ErrorCode.INVALID_ARGUMENT, SUBJECT + ": at column " + column + ", " + problem);
    }

    /**
     * {@code token} as a message shows it: {@code 'text'}, a string token as {@code the string "text"}
     * (as written, in its own quotes), long text shortened; or {@code the end of the expression}.
     */
    static String describe(Token token) {
        if (token.getType() == Token.EOF) {
            return "the end of the expression";
        }
        String text = token.getText();
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
        return switch (token.getType()) {
            case AppFlowFilterLexer.STRING -> "the string " + shown;
            case AppFlowFilterLexer.UNTERMINATED_STRING -> shown;
            default -> "'" + shown + "'";
        };
    }
}
