package dev.dovetail.spark;

import dev.dovetail.spark.memory.MemoryStore;
import dev.dovetail.spark.testing.LocalSpark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code secretId} through the resolver the {@code secretResolver} option chooses (a local JSON file here;
 * connector-aws tests Secrets Manager's protocol), and {@code connectionName} through the local connection
 * catalog, on the driver and on the executors alike; secrets never in a message.
 */
@ExtendWith(LocalSpark.class)
class SparkConnectionTest {
    private static final String STORE = "locked";
    private static final String PASSWORD = "s3cret-Passw0rd";
    private static SparkSession spark;
    @TempDir
    static Path directory;
    private static Path secrets;
    private static Path connections;

    @BeforeAll
    static void start(SparkSession session) throws IOException {
        spark = session;
        TestTables.seed(STORE).requirePassword(PASSWORD);
        secrets = Files.writeString(directory.resolve("secrets.json"),
                "{\"prod/memory\": {\"password\": \"" + PASSWORD + "\"}, \"prod/wrong\": {\"password\": \"nope-" + PASSWORD + "\"}}");
        connections = Files.writeString(directory.resolve("connections.json"),
                "{\"locked-store\": {\"store\": \"" + STORE + "\", \"SECRET_ID\": \"prod/memory\"}}");
    }

    @Test
    void resolvesTheSecretFromAFileOnTheDriverAndTheExecutors() {
        long count = spark.read().format("dovetail-memory").option("store", STORE).option("dbTable", "orders")
                .option("secretId", "prod/memory").option("secretResolver", "file:" + secrets)
                .option("partitionColumn", "id").option("lowerBound", "0").option("upperBound", "40")
                .option("numPartitions", "2").load().count();

        assertThat(count).isEqualTo(TestTables.ORDER_COUNT);
    }

    @Test
    void aWrongPasswordFailsWithoutShowingIt() {
        assertThatThrownBy(() -> spark.read().format("dovetail-memory").option("store", STORE).option("dbTable", "orders")
                .option("secretId", "prod/wrong").option("secretResolver", "file:" + secrets).load())
                .hasMessageContaining("the password of the memory store is wrong")
                .satisfies(failure -> assertThat(stackText(failure)).doesNotContain(PASSWORD));
    }

    @Test
    void aPasswordGivenAsAnOptionIsInNoPlanOrMessage() {
        var orders = spark.read().format("dovetail-memory").option("store", STORE).option("dbTable", "orders")
                .option("password", PASSWORD).load();

        assertThat(orders.count()).isEqualTo(TestTables.ORDER_COUNT);
        assertThat(orders.queryExecution().toString()).doesNotContain(PASSWORD);
        assertThatThrownBy(() -> spark.read().format("dovetail-memory").option("store", STORE).option("dbTable", "orders")
                .option("password", PASSWORD).option("numPartitions", "four").option("stor", "x").load())
                .satisfies(failure -> assertThat(stackText(failure)).doesNotContain(PASSWORD));
    }

    @Test
    void anUnknownSecretIsNamedWithTheClosestOne() {
        assertThatThrownBy(() -> spark.read().format("dovetail-memory").option("store", STORE).option("dbTable", "orders")
                .option("secretId", "prod/memroy").option("secretResolver", "file:" + secrets).load())
                .hasMessageContaining("prod/memroy").hasMessageContaining("prod/memory");
    }

    @Test
    void aBadResolverSpecIsNamed() {
        assertThatThrownBy(() -> spark.read().format("dovetail-memory").option("store", STORE).option("dbTable", "orders")
                .option("secretId", "prod/memory").option("secretResolver", "vault:x").load())
                .hasMessageContaining("vault:x");
    }

    @Test
    void readsAStoredConnectionWhoseSecretIsResolvedToo() {
        long count = spark.read().format("dovetail-memory").option("connectionName", "locked-store")
                .option("connectionCatalog", connections.toString()).option("secretResolver", "file:" + secrets)
                .option("dbTable", "customers").load().count();

        assertThat(count).isEqualTo(3);
    }

    @Test
    void aConnectionNameWithoutACatalogSaysHowToGiveOne() {
        assertThatThrownBy(() -> spark.read().format("dovetail-memory").option("connectionName", "locked-store")
                .option("dbTable", "customers").load())
                .hasMessageContaining("locked-store");
    }

    private static String stackText(Throwable failure) {
        java.io.StringWriter text = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }
}
