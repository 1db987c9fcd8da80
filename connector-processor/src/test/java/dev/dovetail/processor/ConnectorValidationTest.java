package dev.dovetail.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;

import javax.tools.JavaFileObject;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each test breaks the valid connector of {@link ConnectorSource} in one place and checks that the
 * processor reports it, with a message saying what to do, on the line of the offending element.
 */
class ConnectorValidationTest {
    private static final String SIZE = "@Setting(defaultValue = \"10\") int size) {";

    @Test
    void theValidConnectorCompiles() {
        Compilation compilation = Compilations.compile(ConnectorSource.valid().file());
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        CompilationSubject.assertThat(compilation).generatedSourceFile("test.TestConnectorDescriptor");
    }

    @Nested
    class TheClass {
        @Test
        void mustBePublic() {
            assertError(ConnectorSource.valid().replace("public class TestConnector", "class TestConnector"),
                    "connector class test.TestConnector must be public", "class TestConnector {");
        }

        @Test
        void mustNotBeAbstract() {
            assertError(ConnectorSource.valid().replace("public class TestConnector", "public abstract class TestConnector"),
                    "connector class test.TestConnector must not be abstract", "abstract class TestConnector {");
        }

        @Test
        void needsANoArgumentConstructor() {
            assertError(ConnectorSource.valid().replace("public class TestConnector {\n",
                            "public class TestConnector {\n    public TestConnector(String name) {\n    }\n"),
                    "connector class test.TestConnector needs a public constructor without parameters",
                    "public class TestConnector {");
        }

        @Test
        void mustNotBeAnInnerClass() {
            ConnectorSource source = ConnectorSource.valid()
                    .replace("@Connector(name = \"test\")\npublic class TestConnector {",
                            "public class Outer {\n@Connector(name = \"test\")\npublic class TestConnector {")
                    .append("}\n")
                    .named("test.Outer");
            assertError(source, "connector class test.Outer.TestConnector is an inner class; declare it static",
                    "public class TestConnector {");
        }

        @Test
        void mustBeAClass() {
            ConnectorSource source = ConnectorSource.of("test.TestConnector", """
                    package test;

                    @dev.dovetail.api.Connector(name = "test")
                    public interface TestConnector {
                    }
                    """);
            assertError(source, "@Connector applies to a class, but test.TestConnector is an interface",
                    "public interface TestConnector");
        }

        @Test
        void needsAValidName() {
            assertError(ConnectorSource.valid().replace("@Connector(name = \"test\")", "@Connector(name = \"Test_1\")"),
                    "connector name 'Test_1' must match [a-z][a-z0-9-]*", "@Connector(name = \"Test_1\")");
        }
    }

    @Nested
    class TheMethods {
        @Test
        void needAReadOperation() {
            assertError(ConnectorSource.valid().replace("    @ReadOperation\n", ""),
                    "connector test.TestConnector has no @ReadOperation method; add one:"
                            + " public void read(S session, ReadRequest request, RowSink sink)",
                    "public class TestConnector {");
        }

        @Test
        void needOneReadOperationOnly() {
            String read = "    public void read(Client client, ReadRequest request, RowSink sink) {\n    }\n";
            assertError(ConnectorSource.valid().replace(read, read
                            + "\n    @ReadOperation\n    public void readAgain(Client client, ReadRequest request, RowSink sink) {\n    }\n"),
                    "connector test.TestConnector has two @ReadOperation methods, read(Client, ReadRequest, RowSink)"
                            + " and readAgain(Client, ReadRequest, RowSink); keep exactly one",
                    "public void readAgain(");
        }

        @Test
        void readTakesTheSinkLast() {
            assertError(ConnectorSource.valid().replace("ReadRequest request, RowSink sink) {",
                            "ReadRequest request,\n            java.util.Map<String, String> sink) {"),
                    "parameter sink of @ReadOperation method read(Client, ReadRequest, Map<String, String>) has type"
                            + " Map<String, String> but must have type RowSink",
                    "java.util.Map<String, String> sink");
        }

        @Test
        void readTakesThreeParameters() {
            assertError(ConnectorSource.valid().replace("ReadRequest request, RowSink sink) {", "ReadRequest request) {"),
                    "@ReadOperation method read(Client, ReadRequest) takes 2 parameter(s) but must have the signature"
                            + " public void read(S session, ReadRequest request, RowSink sink)",
                    "public void read(");
        }

        @Test
        void describeReturnsAnEntitySchema() {
            assertError(ConnectorSource.valid().replace(
                            "public EntitySchema describe(Client client, String entity) {\n        return EntitySchema.builder(entity).field(\"id\", PrimitiveType.LONG).build();",
                            "public Entity describe(Client client, String entity) {\n        return Entity.of(entity);"),
                    "@Metadata method describe(Client, String) returns Entity but must return EntitySchema",
                    "public Entity describe(");
        }

        @Test
        void needADescribeMethod() {
            assertError(ConnectorSource.valid().replace(
                            "    @Metadata\n    public EntitySchema describe(", "    public EntitySchema describe("),
                    "connector test.TestConnector has no @Metadata describe method; add one:"
                            + " public EntitySchema describe(S session, String entity)",
                    "public class TestConnector {");
        }

        @Test
        void needACredentialsMethod() {
            assertError(ConnectorSource.valid().replace("    @Credentials\n", ""),
                    "connector test.TestConnector has no @Credentials method", "public class TestConnector {");
        }

        @Test
        void takeTheSessionTypeTheCredentialsMethodReturns() {
            assertError(ConnectorSource.valid().replace("entities(Client client)", "entities(Object client)"),
                    "the session parameter client of @Metadata method entities(Object) has type Object, but the"
                            + " @Credentials method connect(Config) returns Client; declare the parameter with exactly that type",
                    "entities(Object client)");
        }

        @Test
        void haveOneRoleEach() {
            assertError(ConnectorSource.valid().replace("    @ReadOperation\n", "    @ReadOperation\n    @Partitions\n"),
                    "method read(Client, ReadRequest, RowSink) has both @ReadOperation and @Partitions",
                    "public void read(");
        }

        @Test
        void arePublic() {
            assertError(ConnectorSource.valid().replace("public void read(", "void read("),
                    "@ReadOperation method read(Client, ReadRequest, RowSink) must be public", "void read(");
        }

        @Test
        void areNotStatic() {
            assertError(ConnectorSource.valid().replace("public void read(", "public static void read("),
                    "@ReadOperation method read(Client, ReadRequest, RowSink) must not be static", "static void read(");
        }

        @Test
        void writeListsAnOperation() {
            String read = "    public void read(Client client, ReadRequest request, RowSink sink) {\n    }\n";
            assertError(ConnectorSource.valid().replace(read, read + "\n    @WriteOperation({})\n"
                            + "    public WriteResult write(Client client, WriteRequest request) {\n"
                            + "        return WriteResult.allSucceeded(0);\n    }\n"),
                    "@WriteOperation method write(Client, WriteRequest) lists no operation", "@WriteOperation({})");
        }
    }

    @Nested
    class TheCredentials {
        @Test
        void takeASettingsRecord() {
            assertError(ConnectorSource.valid().replace("    @Settings\n", ""),
                    "parameter config of @Credentials method connect(Config) has type Config, which is not annotated"
                            + " @Settings", "public Client connect(Config config)");
        }

        @Test
        void giveOAuth2DefaultsWhenAcceptingOAuth2() {
            assertError(ConnectorSource.valid().replace("    @Credentials\n", "    @Credentials(AuthType.OAUTH2)\n"),
                    "@Credentials method connect(Config) accepts OAUTH2 but gives 0 @OAuth2 defaults; give exactly one",
                    "@Credentials(AuthType.OAUTH2)");
        }

        @Test
        void declareASchemeWhenAcceptingCustom() {
            assertError(ConnectorSource.valid().replace("    @Credentials\n",
                            "    @Credentials({AuthType.BASIC, AuthType.CUSTOM})\n"),
                    "@Credentials method connect(Config) accepts CUSTOM but declares no scheme",
                    "@Credentials({AuthType.BASIC, AuthType.CUSTOM})");
        }
    }

    @Nested
    class TheSettings {
        @Test
        void areARecord() {
            assertError(ConnectorSource.valid().replace("""
                                public record Config(
                                        @Setting(required = true) String url,
                                        @Setting(defaultValue = "10") int size) {
                                }
                            """, """
                                public static final class Config {
                                }
                            """),
                    "@Settings type test.TestConnector.Config must be a record", "@Settings");
        }

        @Test
        void haveUniqueNamesIgnoringCase() {
            assertError(ConnectorSource.valid().replace(SIZE, "@Setting(defaultValue = \"10\") int size,\n"
                            + "            @Setting(name = \"URL\", defaultValue = \"x\") String other) {"),
                    "setting name 'URL' of component other repeats the name 'url' of component url", "String other");
        }

        @Test
        void haveDefaultsThatParse() {
            assertError(ConnectorSource.valid().replace(SIZE, "@Setting(defaultValue = \"abc\") int size) {"),
                    "the default 'abc' of setting 'size' is not an integer", "int size");
        }

        @Test
        void haveDefaultsAmongTheAllowedValues() {
            assertError(ConnectorSource.valid().replace(SIZE, "@Setting(defaultValue = \"10\") int size,\n"
                            + "            @Setting(defaultValue = \"xl\", allowedValues = {\"s\", \"m\"}) String shirt) {"),
                    "the default 'xl' of setting 'shirt' is not one of its allowed values [s, m]", "String shirt");
        }

        @Test
        void areNotRequiredAndDefaulted() {
            assertError(ConnectorSource.valid().replace(SIZE, "@Setting(required = true, defaultValue = \"10\") int size) {"),
                    "setting 'size' is required and has the default '10'; a default applies only when the option is"
                            + " absent, so keep one of them", "int size");
        }

        @Test
        void whenNotOptionalAreRequiredOrDefaulted() {
            assertError(ConnectorSource.valid().replace(SIZE, "@Setting(description = \"rows per batch\") int size) {"),
                    "setting 'size' has the non-optional type int but is neither required nor defaulted; declare the"
                            + " component as OptionalInt, give @Setting(defaultValue = \"...\"), or set"
                            + " @Setting(required = true)", "int size");
        }

        @Test
        void whenOptionalHaveNoDefault() {
            assertError(ConnectorSource.valid().replace(SIZE, "@Setting(defaultValue = \"10\") int size,\n"
                            + "            @Setting(defaultValue = \"eu\") Optional<String> region) {"),
                    "setting 'region' has the optional type Optional<String> and so cannot have a default; declare the"
                            + " component as String to keep the default", "Optional<String> region");
        }

        @Test
        void whenSecretHaveTypeSecret() {
            assertError(ConnectorSource.valid().replace(SIZE, "@Setting(defaultValue = \"10\") int size,\n"
                            + "            @Setting(secret = true, required = true) String apiToken) {"),
                    "setting 'apiToken' is secret but has type String; declare the component as Secret or"
                            + " Optional<Secret>", "String apiToken");
        }

        @Test
        void haveSupportedTypes() {
            assertError(ConnectorSource.valid().replace(SIZE, "@Setting(defaultValue = \"10\") int size,\n"
                            + "            java.util.Map<String, String> headers) {"),
                    "setting component headers has the unsupported type Map<String, String>; use one of String, Secret,"
                            + " int, long, double, boolean, an enum", "Map<String, String> headers");
        }

        @Test
        void areNotNamedLikeARuntimeOption() {
            assertError(ConnectorSource.valid().replace(SIZE, "@Setting(defaultValue = \"10\") int size,\n"
                            + "            @Setting(name = \"PARTITIONCOLUMN\", required = true) String column) {"),
                    "setting name 'PARTITIONCOLUMN' of component column is the runtime option 'partitionColumn',"
                            + " which the runtime interprets itself", "String column");
        }

        @Test
        void areNotNamedLikeACredentialKey() {
            assertError(ConnectorSource.valid()
                            .replace("    @Credentials\n", "    @Credentials(AuthType.BASIC)\n")
                            .replace(SIZE, "@Setting(defaultValue = \"10\") int size,\n            String user) {"),
                    "setting name 'user' of component user is the credential key 'user' of authentication type BASIC",
                    "String user");
        }
    }

    /** Compiles {@code source} and checks the error, its file and line, and that the processor did not fail. */
    private static void assertError(ConnectorSource source, String message, String lineFragment) {
        JavaFileObject file = source.file();
        Compilation compilation = Compilations.compile(file);
        CompilationSubject.assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(source.lineOf(lineFragment));
        assertThat(Compilations.processorFailed(compilation)).as(Compilations.errors(compilation)).isFalse();
    }
}
