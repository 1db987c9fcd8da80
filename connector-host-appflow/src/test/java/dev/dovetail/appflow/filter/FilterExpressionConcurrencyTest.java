package dev.dovetail.appflow.filter;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A Lambda container may serve requests on several threads: parsing shares no mutable state. */
class FilterExpressionConcurrencyTest {

    @Test
    void parsesOnManyThreadsAtOnce() throws Exception {
        List<String> texts = IntStream.range(0, 200)
                .mapToObj(i -> "a" + i + " = " + i + " and (s contains 'x" + i + "' or t between 2021-01-01 and 2021-02-0"
                        + (1 + i % 9) + "T00:00:00Z) LIMIT " + i)
                .toList();
        List<FilterExpression> expected = texts.stream().map(FilterExpression::parse).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FilterExpression>> results = pool.invokeAll(
                    texts.stream().map(text -> (java.util.concurrent.Callable<FilterExpression>) () -> FilterExpression.parse(text)).toList());
            for (int i = 0; i < texts.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
