package dev.dovetail.appflow.filter;

import dev.dovetail.api.predicate.Predicate;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

import java.util.OptionalLong;

/**
 * One parse of a filter expression: lexes it, checks its nesting depth, parses it with
 * {@link FilterSyntaxErrors} (nothing printed, the first error thrown) and reads the tree with
 * {@link FilterTreeReader}. A blank text is the always-true expression.
 */
final class FilterParsing {
    /** Deeper nesting of parentheses or NOTs is refused before the recursive parser could overflow its stack. */
    static final int MAX_DEPTH = 100;

    private FilterParsing() {
    }

    static FilterExpression parse(String text, FilterFields fields) {
        if (text.isBlank()) {
            return new FilterExpression(Predicate.alwaysTrue(), OptionalLong.empty());
        }
        AppFlowFilterLexer lexer = new AppFlowFilterLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners(); // it cannot fail (UNKNOWN takes any character), and must never print
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        checkDepth(tokens);
        AppFlowFilterParser parser = new AppFlowFilterParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new FilterSyntaxErrors());
        AppFlowFilterParser.FilterContext tree = parser.filter();
        Predicate predicate = tree.orExpression() == null
                ? Predicate.alwaysTrue()
                : new FilterTreeReader(fields).visit(tree.orExpression());
        OptionalLong limit = tree.limitClause() == null
                ? OptionalLong.empty()
                : OptionalLong.of(limit(tree.limitClause().count));
        return new FilterExpression(predicate, limit);
    }

    private static long limit(Token count) {
        String text = count.getText();
        if (text.startsWith("-")) {
            throw FilterErrors.at(count, "LIMIT " + text + " is negative; give the most rows to read, 0 or more");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException tooLarge) {
            throw FilterErrors.at(count, "LIMIT " + text + " is too large; the most is " + Long.MAX_VALUE);
        }
    }

    /** Refuses parentheses or runs of NOT nested deeper than {@link #MAX_DEPTH}. */
    private static void checkDepth(CommonTokenStream tokens) {
        int open = 0;
        int nots = 0;
        for (Token token : tokens.getTokens()) {
            int type = token.getType();
            if (type == AppFlowFilterLexer.LPAREN) {
                open++;
            } else if (type == AppFlowFilterLexer.RPAREN) {
                open = Math.max(0, open - 1);
            }
            nots = type == AppFlowFilterLexer.NOT ? nots + 1 : type == AppFlowFilterLexer.LPAREN ? nots : 0;
            if (open + nots > MAX_DEPTH) {
                throw FilterErrors.at(token, "the expression nests parentheses and 'not' more than " + MAX_DEPTH
                        + " deep; simplify it");
            }
        }
    }
}
