/**
 * Amazon AppFlow's filter expressions: {@link dev.dovetail.appflow.filter.FilterExpression} parses the
 * {@code filterExpression} of a QueryData request into the host-neutral
 * {@link dev.dovetail.api.predicate.Predicate} and a row limit, and prints one back.
 *
 * <p>The grammar is {@code src/main/antlr4/dev/dovetail/appflow/filter/AppFlowFilter.g4}; the
 * {@code AppFlowFilter*} classes here are generated from it by ANTLR 4.9.3 and are not API.
 */
package dev.dovetail.appflow.filter;
