package dev.dovetail.api.spi;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.predicate.PredicateOperator;
import dev.dovetail.api.write.WriteOperationType;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link ConnectorDescriptors}, {@link ConnectorInfo} and the capability records. */
class ConnectorDescriptorsTest {
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void findsTheGeneratedDescriptorOfAClass() {
        ConnectorDescriptor descriptor = ConnectorDescriptors.forClass(SampleConnector.class);
        assertThat(descriptor).isInstanceOf(SampleConnectorDescriptor.class);
        assertThat(descriptor.info().name()).isEqualTo("sample-store");
    }

    @Test
    void aClassWithoutADescriptorSaysToRunTheProcessor() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> ConnectorDescriptors.forClass(String.class));
        assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(failure.getMessage()).contains("java.lang.StringDescriptor").contains("@Connector")
                .contains("connector-processor");
    }

    @Test
    void aDescriptorThatCannotBeCreatedIsReported() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> ConnectorDescriptors.forClass(BrokenConnector.class));
        assertThat(failure.code()).isEqualTo(ErrorCode.UNKNOWN_ERROR);
        assertThat(failure.getMessage()).contains("BrokenConnectorDescriptor").contains("static setup failed");
        assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void findsRegisteredDescriptorsByName() {
        assertThat(ConnectorDescriptors.all(loader)).extracting(descriptor -> descriptor.info().name()).contains("sample-store");
        assertThat(ConnectorDescriptors.forName("sample-store", loader)).isInstanceOf(SampleConnectorDescriptor.class);

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> ConnectorDescriptors.forName("sample-stor", loader));
        assertThat(failure.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND);
        assertThat(failure.getMessage()).startsWith("no connector named 'sample-stor' is on the classpath; did you mean 'sample-store'?")
                .contains("found: [");
    }

    @Test
    void connectorNamesAreLowerCaseWithDashes() {
        assertThat(new ConnectorInfo("jdbc-2", "1", "", Optional.empty(), "x.Y").name()).isEqualTo("jdbc-2");
        for (String bad : new String[] {"JDBC", "2jdbc", "my_jdbc", "", "-x", "a b"}) {
            assertThatThrownBy(() -> new ConnectorInfo(bad, "1", "", Optional.empty(), "x.Y"))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must match");
        }
        assertThatThrownBy(() -> new ConnectorInfo("x", null, "", Optional.empty(), "x.Y")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void capabilitiesAreImmutableValues() {
        EnumSet<PredicateOperator> filters = EnumSet.of(PredicateOperator.EQUAL);
        ReadCapabilities read = new ReadCapabilities(true, false, filters);
        filters.add(PredicateOperator.IN);
        assertThat(read.filters()).containsExactly(PredicateOperator.EQUAL);
        assertThat(ReadCapabilities.none()).isEqualTo(new ReadCapabilities(false, false, Set.of()));

        assertThat(WriteCapabilities.none().writes()).isFalse();
        WriteCapabilities write = new WriteCapabilities(EnumSet.of(WriteOperationType.UPSERT), true);
        assertThat(write.writes()).isTrue();
        assertThat(write.allOrNone()).isTrue();
        assertThatThrownBy(() -> write.operations().add(WriteOperationType.DELETE)).isInstanceOf(UnsupportedOperationException.class);
    }
}
