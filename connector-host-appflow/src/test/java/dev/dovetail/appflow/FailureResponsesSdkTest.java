package dev.dovetail.appflow;

import com.amazonaws.appflow.custom.connector.model.ErrorCode;
import com.amazonaws.appflow.custom.connector.model.ErrorDetails;

import dev.dovetail.appflow.wire.ConnectorResponse;
import dev.dovetail.appflow.wire.DescribeConnectorConfigurationResponse;
import dev.dovetail.appflow.wire.DescribeEntityResponse;
import dev.dovetail.appflow.wire.FailureResponse;
import dev.dovetail.appflow.wire.ListEntitiesResponse;
import dev.dovetail.appflow.wire.QueryDataResponse;
import dev.dovetail.appflow.wire.RetrieveDataResponse;
import dev.dovetail.appflow.wire.ValidateConnectorRuntimeSettingsResponse;
import dev.dovetail.appflow.wire.ValidateCredentialsResponse;
import dev.dovetail.appflow.wire.WriteDataResponse;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failure of every response type, and the generic one (for requests of no known type), as the SDK's response
 * classes read them; a request of a known type that fails to parse is answered with its own type's failure.
 */
class FailureResponsesSdkTest {
    private static final dev.dovetail.appflow.wire.ErrorDetails ERROR =
            new dev.dovetail.appflow.wire.ErrorDetails("ServiceUnavailable", "down for maintenance", Optional.of(30));

    @Test
    void theSdkReadsEveryFailure() throws Exception {
        Map<Class<?>, Function<dev.dovetail.appflow.wire.ErrorDetails, ConnectorResponse>> failures = Map.of(
                com.amazonaws.appflow.custom.connector.model.settings.ValidateConnectorRuntimeSettingsResponse.class,
                ValidateConnectorRuntimeSettingsResponse::failure,
                com.amazonaws.appflow.custom.connector.model.credentials.ValidateCredentialsResponse.class,
                ValidateCredentialsResponse::failure,
                com.amazonaws.appflow.custom.connector.model.connectorconfiguration.DescribeConnectorConfigurationResponse.class,
                DescribeConnectorConfigurationResponse::failure,
                com.amazonaws.appflow.custom.connector.model.metadata.ListEntitiesResponse.class, ListEntitiesResponse::failure,
                com.amazonaws.appflow.custom.connector.model.metadata.DescribeEntityResponse.class, DescribeEntityResponse::failure,
                com.amazonaws.appflow.custom.connector.model.query.QueryDataResponse.class, QueryDataResponse::failure,
                com.amazonaws.appflow.custom.connector.model.retreive.RetrieveDataResponse.class, RetrieveDataResponse::failure,
                com.amazonaws.appflow.custom.connector.model.write.WriteDataResponse.class, WriteDataResponse::failure);
        String generic = AppFlowJson.mapper().writeValueAsString(FailureResponse.of(ERROR));
        for (Map.Entry<Class<?>, Function<dev.dovetail.appflow.wire.ErrorDetails, ConnectorResponse>> entry : failures.entrySet()) {
            boolean identityRequired = entry.getKey().getSimpleName().equals("DescribeConnectorConfigurationResponse");
            String own = AppFlowJson.mapper().writeValueAsString(entry.getValue().apply(ERROR));
            for (String json : identityRequired ? new String[] {own} : new String[] {own, generic}) {
                Object response = Sdk.read(json, entry.getKey());
                Method isSuccess = entry.getKey().getMethod("isSuccess");
                Method errorDetails = entry.getKey().getMethod("errorDetails");
                assertThat(isSuccess.invoke(response)).as(entry.getKey().getSimpleName()).isEqualTo(false);
                ErrorDetails details = (ErrorDetails) errorDetails.invoke(response);
                assertThat(details.errorCode()).isEqualTo(ErrorCode.ServiceUnavailable);
                assertThat(details.errorMessage()).isEqualTo("down for maintenance");
                assertThat(details.retryAfterSeconds()).isEqualTo(30);
            }
        }
    }

    @Test
    void answersAMalformedRequestWithItsOwnTypesFailure() {
        DovetailLambdaHandler handler = new DovetailLambdaHandler(
                dev.dovetail.api.spi.ConnectorDescriptors.forClass(dev.dovetail.appflow.fixtures.WarehouseConnector.class),
                new dev.dovetail.api.auth.InMemorySecretResolver());
        com.amazonaws.appflow.custom.connector.model.connectorconfiguration.DescribeConnectorConfigurationResponse response =
                Sdk.read(handler.handle("{\"type\": \"DescribeConnectorConfigurationRequest\", \"locale\": [1]}"),
                        com.amazonaws.appflow.custom.connector.model.connectorconfiguration.DescribeConnectorConfigurationResponse.class);
        assertThat(response.isSuccess()).isFalse();
        assertThat(response.errorDetails().errorCode()).isEqualTo(ErrorCode.InvalidArgument);
        assertThat(response.errorDetails().errorMessage()).contains("'locale'");
        assertThat(response.connectorName()).isEmpty();
    }
}
