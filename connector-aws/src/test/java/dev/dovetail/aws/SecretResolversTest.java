package dev.dovetail.aws;

import dev.dovetail.api.ConnectorException;
import dev.dovetail.api.ErrorCode;
import dev.dovetail.api.auth.SecretResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretResolversTest {
    @TempDir
    Path dir;

    @Test
    void fileSpecsReadThatFile() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"db\": {\"password\": \"pw\"}}");

        SecretResolver resolver = SecretResolvers.fromSpec("file:" + file);

        assertThat(resolver).isInstanceOfSatisfying(FileSecretResolver.class, f -> assertThat(f.path()).isEqualTo(file));
        assertThat(resolver.resolve("db").get("password")).contains("pw");
        assertThat(SecretResolvers.fromSpec("  FILE:" + file + " ")).isInstanceOf(FileSecretResolver.class);
    }

    @Test
    void awsSpecsAreSecretsManagerSharedPerRegion() {
        assertThat(SecretResolvers.fromSpec("aws")).isInstanceOf(SecretsManagerSecretResolver.class)
                .isSameAs(SecretResolvers.fromSpec("AWS"));
        SecretResolver ireland = SecretResolvers.fromSpec("aws:eu-west-1");
        assertThat(ireland.toString()).isEqualTo("SecretsManagerSecretResolver{region=eu-west-1}");
        assertThat(SecretResolvers.fromSpec("aws:eu-west-1")).isSameAs(ireland);
        assertThat(SecretResolvers.fromSpec("aws:us-gov-west-1").toString()).contains("us-gov-west-1");
    }

    @Test
    void badSpecsSayWhichFormsExist() {
        for (String spec : new String[] {"vault:secret/x", "file:", "aws:mars", ""}) {
            assertThatThrownBy(() -> SecretResolvers.fromSpec(spec)).as(spec)
                    .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                    .hasMessageContaining("secret resolver '" + spec + "' is not valid")
                    .hasMessageContaining("use 'file:<path>' for a local JSON file of secrets, or 'aws'");
        }
        assertThatThrownBy(() -> SecretResolvers.fromSpec("aws:mars")).hasMessageContaining("'mars' is not an AWS region name");
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironmentAndAwsIsTheDefault() {
        Map<String, String> properties = Map.of(SecretResolvers.SYSTEM_PROPERTY, "file:/from/property.json");
        Map<String, String> environment = Map.of(SecretResolvers.ENVIRONMENT_VARIABLE, "file:/from/env.json");

        assertThat(SecretResolvers.specFromEnvironment(properties::get, environment::get)).contains("file:/from/property.json");
        assertThat(SecretResolvers.specFromEnvironment(name -> null, environment::get)).contains("file:/from/env.json");
        assertThat(SecretResolvers.specFromEnvironment(name -> " ", name -> null)).isEmpty();
        assertThat(SecretResolvers.fromEnvironment(name -> null, name -> null)).isSameAs(SecretResolvers.fromSpec("aws"));
        assertThat(SecretResolvers.fromEnvironment(properties::get, environment::get))
                .isInstanceOfSatisfying(FileSecretResolver.class, f -> assertThat(f.path()).isEqualTo(Path.of("/from/property.json")));
    }
}
