package dev.dovetail.api.spi;

import dev.dovetail.api.auth.AuthenticationSpec;
import dev.dovetail.api.auth.ResolvedCredentials;
import dev.dovetail.api.option.SettingDefinition;
import dev.dovetail.api.option.SettingValues;

import java.util.List;
import java.util.Optional;

/** What the processor would generate for {@link SampleConnector}; registered in META-INF/services for the tests. */
public class SampleConnectorDescriptor implements ConnectorDescriptor {
    @Override
    public ConnectorInfo info() {
        return new ConnectorInfo("sample-store", "2.1", "tests", Optional.empty(), SampleConnector.class.getName());
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of();
    }

    @Override
    public AuthenticationSpec authentication() {
        return AuthenticationSpec.none();
    }

    @Override
    public ReadCapabilities readCapabilities() {
        return ReadCapabilities.none();
    }

    @Override
    public WriteCapabilities writeCapabilities() {
        return WriteCapabilities.none();
    }

    @Override
    public boolean plansOwnSplits() {
        return false;
    }

    @Override
    public ConnectorSession open(SettingValues settings, ResolvedCredentials credentials) {
        throw new UnsupportedOperationException("not needed by the tests");
    }
}
