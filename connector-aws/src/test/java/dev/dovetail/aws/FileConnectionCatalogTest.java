package dev.dovetail.aws;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.ConnectionProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileConnectionCatalogTest {
    @TempDir
    Path dir;

    private FileConnectionCatalog catalog(String json) throws IOException {
        return FileConnectionCatalog.of(Files.writeString(dir.resolve("connections.json"), json));
    }

    @Test
    void readsFlatPropertiesAndGluesGetConnectionShape() throws IOException {
        FileConnectionCatalog connections = catalog("""
                {
                  "orders-db": {"JDBC_CONNECTION_URL": "jdbc:postgresql://db:5432/shop", "SECRET_ID": "prod/orders-db"},
                  "from-glue": {"Name": "from-glue", "ConnectionType": "JDBC",
                                "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:mysql://db/shop", "USERNAME": "etl",
                                                         "PASSWORD": "s3cret-pw"}}
                }
                """);

        ConnectionProperties flat = connections.resolve("orders-db");
        assertThat(flat.connectionName()).isEqualTo("orders-db");
        assertThat(flat.asMap()).containsOnlyKeys("JDBC_CONNECTION_URL", "SECRET_ID")
                .containsEntry("JDBC_CONNECTION_URL", "jdbc:postgresql://db:5432/shop");

        ConnectionProperties glue = connections.resolve("from-glue");
        assertThat(glue.asMap()).containsOnlyKeys("JDBC_CONNECTION_URL", "USERNAME", "PASSWORD");
        assertThat(glue.toString()).doesNotContain("s3cret-pw");
    }

    @Test
    void anUnknownConnectionIsResourceNotFoundWithTheClosestName() throws IOException {
        FileConnectionCatalog connections = catalog("{\"orders-db\": {\"JDBC_CONNECTION_URL\": \"jdbc:h2:mem:x\"}}");

        assertThatThrownBy(() -> connections.resolve("orders_db"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND))
                .hasMessageContaining("connection 'orders_db' is not in connection file")
                .hasMessageContaining("did you mean 'orders-db'");
    }

    @Test
    void aPropertyThatIsNotAScalarIsNamed() throws IOException {
        FileConnectionCatalog connections = catalog(
                "{\"x\": {\"ConnectionProperties\": {\"JDBC_CONNECTION_URL\": [\"jdbc:h2:mem:x\"]}}}");

        assertThatThrownBy(() -> connections.resolve("x"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining("connection 'x' in connection file")
                .hasMessageContaining("ConnectionProperties: the value of 'JDBC_CONNECTION_URL' is an array");
    }
}
