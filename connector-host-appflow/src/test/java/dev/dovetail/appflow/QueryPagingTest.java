package dev.dovetail.appflow;

import com.amazonaws.appflow.custom.connector.model.ErrorCode;
import com.amazonaws.appflow.custom.connector.model.query.ImmutableQueryDataRequest;
import com.amazonaws.appflow.custom.connector.model.query.QueryDataResponse;

import dev.dovetail.api.auth.InMemorySecretResolver;
import dev.dovetail.api.spi.ConnectorDescriptors;
import dev.dovetail.appflow.fixtures.Warehouse;
import dev.dovetail.appflow.fixtures.WarehouseConnector;

import com.amazonaws.services.lambda.runtime.Context;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging {@code QueryData}: following the next tokens returns every selected row exactly once, within pages and
 * across the splits of a partitioned read, with a filter and a {@code LIMIT}; a page stops before the 6 MB
 * response limit; a token altered or used for another query is refused.
 */
class QueryPagingTest {
    private static final String WAREHOUSE = "query-paging-test";
    private static DovetailLambdaHandler handler;

    @BeforeAll
    static void deploy() {
        handler = new DovetailLambdaHandler(ConnectorDescriptors.forClass(WarehouseConnector.class),
                new InMemorySecretResolver().put(Sdk.SECRET_ARN, Map.of("username", "ada", "password", "s3cret")));
        Warehouse.create(WAREHOUSE).withItems(103).withNotes(40, 400_000);
    }

    @Test
    void followsTheTokensThroughEveryRowOnce() {
        List<Long> ids = readAll(request(Map.of()).addSelectedFieldNames("id"), 10);

        assertThat(ids).containsExactlyElementsOf(LongStream.rangeClosed(1, 103).boxed().toList());
    }

    @Test
    void followsTheTokensAcrossTheSplitsOfAPartitionedRead() {
        Map<String, String> range = Map.of("partitionColumn", "quantity", "lowerBound", "0", "upperBound", "1000",
                "numPartitions", "4");
        List<Long> ids = readAll(request(range).addSelectedFieldNames("id"), 7);

        assertThat(ids).hasSize(103).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 103).boxed().toList());

        List<Long> hashed = readAll(request(Map.of("hashfield", "name", "hashpartitions", "5")).addSelectedFieldNames("id"), 9);
        assertThat(hashed).hasSize(103).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 103).boxed().toList());
    }

    @Test
    void pagesAFilteredReadWithALimit() {
        Map<String, String> range = Map.of("partitionColumn", "id", "lowerBound", "1", "upperBound", "103",
                "numPartitions", "3");
        List<Long> ids = readAll(request(range).addSelectedFieldNames("id", "active")
                .filterExpression("active = true and id between 10 and 90 LIMIT 25"), 4);

        assertThat(ids).hasSize(25).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id % 2).isZero())
                .allSatisfy(id -> assertThat(id).isBetween(10L, 90L));
        List<Long> unlimited = readAll(request(range).addSelectedFieldNames("id")
                .filterExpression("active = true and id between 10 and 90"), 1000);
        assertThat(unlimited).hasSize(41).containsAll(ids);
    }

    @Test
    void stopsAPageBeforeTheResponseLimit() {
        ImmutableQueryDataRequest.Builder request = ImmutableQueryDataRequest.builder().entityIdentifier("notes")
                .connectorContext(Sdk.context(WAREHOUSE));
        String first = handler.handle(Sdk.write(request.build()));
        QueryDataResponse page = Sdk.read(first, QueryDataResponse.class);

        assertThat(page.isSuccess()).isTrue();
        assertThat(first.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(6 * 1024 * 1024)
                .isGreaterThan(5 * 1024 * 1024);
        assertThat(page.records()).hasSizeLessThan(40).hasSizeGreaterThan(5);
        assertThat(page.nextToken()).isNotNull();
        List<Long> ids = new ArrayList<>(page.records().stream().map(record -> Sdk.json(record).get("id").asLong()).toList());
        String token = page.nextToken();
        while (token != null) {
            String answer = handler.handle(Sdk.write(request.nextToken(token).build()));
            assertThat(answer.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(6 * 1024 * 1024);
            QueryDataResponse next = Sdk.read(answer, QueryDataResponse.class);
            next.records().forEach(record -> ids.add(Sdk.json(record).get("id").asLong()));
            token = next.nextToken();
        }
        assertThat(ids).containsExactlyElementsOf(LongStream.rangeClosed(1, 40).boxed().toList());
        assertThat(Sdk.json(page.records().get(0)).get("text").textValue()).hasSize(400_000).startsWith("note 1 \"quoted\" \\ ");
    }

    @Test
    void stopsAPageWhenTheInvocationRunsOutOfTime() throws java.io.IOException {
        int remaining = (int) DovetailLambdaHandler.ANSWER_RESERVE.toMillis() - 1; // the deadline has passed
        Context context = (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getRemainingTimeInMillis")) {
                        return remaining;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        List<Long> ids = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ImmutableQueryDataRequest.Builder request = request(Map.of()).addSelectedFieldNames("id").maxResults(50L);
            java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
            handler.handleRequest(new java.io.ByteArrayInputStream(Sdk.write(token == null ? request.build()
                    : request.nextToken(token).build()).getBytes(StandardCharsets.UTF_8)), output, context);
            QueryDataResponse page = Sdk.read(output.toString(StandardCharsets.UTF_8), QueryDataResponse.class);
            assertThat(page.records()).as("a late page still makes progress").hasSize(1);
            ids.add(Sdk.json(page.records().get(0)).get("id").asLong());
            token = page.nextToken();
            pages++;
        } while (token != null && pages < 5);
        assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(token).isNotNull();
    }

    @Test
    void refusesATokenThatWasAlteredOrIsForAnotherQuery() {
        QueryDataResponse first = Sdk.call(handler, request(Map.of()).maxResults(5L).build(), QueryDataResponse.class);
        String token = first.nextToken();
        String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        String altered = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(decoded.replace("|0|5|5|", "|0|2|5|").getBytes(StandardCharsets.UTF_8));
        assertThat(altered).isNotEqualTo(token);

        assertRefused(request(Map.of()).nextToken(altered), "it was altered");
        assertRefused(request(Map.of()).nextToken("not a token!"), "it is not a token this connector issued");
        assertRefused(request(Map.of()).filterExpression("id > 3").nextToken(token), "issued for another request");
        assertRefused(request(Map.of("numPartitions", "2")).nextToken(token), "issued for another request");
        QueryDataResponse again = Sdk.call(handler, request(Map.of()).maxResults(5L).nextToken(token).build(),
                QueryDataResponse.class);
        assertThat(again.isSuccess()).isTrue();
        assertThat(again.records()).extracting(record -> Sdk.json(record).get("id").asLong()).containsExactly(6L, 7L, 8L, 9L, 10L);
    }

    private static void assertRefused(ImmutableQueryDataRequest.Builder request, String why) {
        QueryDataResponse response = Sdk.call(handler, request.build(), QueryDataResponse.class);
        assertThat(response.isSuccess()).isFalse();
        assertThat(response.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidArgument);
        assertThat(response.errorDetails().errorMessage()).contains("nextToken").contains(why);
        assertThat(response.records()).isEmpty();
    }

    private static ImmutableQueryDataRequest.Builder request(Map<String, String> settings) {
        return ImmutableQueryDataRequest.builder().entityIdentifier("items")
                .connectorContext(Sdk.context(WAREHOUSE, Sdk.SECRET_ARN, settings));
    }

    /** The ids of every page, following the tokens; each page has at most {@code pageSize} records. */
    private static List<Long> readAll(ImmutableQueryDataRequest.Builder request, long pageSize) {
        List<Long> ids = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ImmutableQueryDataRequest.Builder page = ImmutableQueryDataRequest.builder().from(request.build()).maxResults(pageSize);
            QueryDataResponse response = Sdk.call(handler, token == null ? page.build() : page.nextToken(token).build(),
                    QueryDataResponse.class);
            assertThat(response.isSuccess()).as("%s", response.errorDetails()).isTrue();
            assertThat(response.records()).hasSizeLessThanOrEqualTo((int) pageSize);
            response.records().forEach(record -> ids.add(Sdk.json(record).get("id").asLong()));
            token = response.nextToken();
            assertThat(++pages).as("pages").isLessThan(200);
        } while (token != null);
        return ids;
    }
}
