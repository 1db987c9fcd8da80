package dev.dovetail.api.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataTypeTest {

    @Test
    void everyPrimitiveRoundTripsThroughItsName() {
        for (PrimitiveType type : PrimitiveType.values()) {
            assertThat(type.typeName()).isEqualTo(type.name());
            assertThat(type.kind().name()).isEqualTo(type.name());
            assertThat(DataType.parse(type.typeName())).isSameAs(type);
            assertThat(DataType.parse(type.typeName().toLowerCase())).isSameAs(type);
        }
        assertThat(DataType.LONG).isSameAs(PrimitiveType.LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DECIMAL(10,2)", "DECIMAL(38,0)", "DECIMAL(1,1)", "DECIMAL(38,38)",
            "LIST<STRING>", "LIST<LIST<DECIMAL(5,1)>>",
            "MAP<STRING,LONG>", "MAP<STRING,LIST<LONG>>", "MAP<DATE,MAP<INT,BINARY>>",
            "STRUCT<a:LONG>", "STRUCT<id:LONG,tags:LIST<STRING>,address:STRUCT<street:STRING,zip:INT>>",
            "LIST<STRUCT<k:STRING,v:MAP<STRING,TIMESTAMP>>>"})
    void parametrisedTypesRoundTripThroughTheirNames(String name) {
        DataType type = DataType.parse(name);
        assertThat(type.typeName()).isEqualTo(name);
        assertThat(DataType.parse(type.typeName())).isEqualTo(type);
    }

    @Test
    void nestedTypesParseIntoTheirStructure() {
        DataType type = DataType.parse("map < string , list<struct<id: bigint, price: decimal(9, 2)>> >");

        assertThat(type).isEqualTo(DataType.map(DataType.STRING, DataType.list(DataType.struct(List.of(
                Field.of("id", DataType.LONG), Field.of("price", DataType.decimal(9, 2)))))));
        assertThat(type.kind()).isEqualTo(DataType.Kind.MAP);
        assertThat(type.typeName()).isEqualTo("MAP<STRING,LIST<STRUCT<id:LONG,price:DECIMAL(9,2)>>>");
        // Struct field names keep their case; type names do not matter.
        assertThat(DataType.parse("STRUCT<CamelCase:string>")).isEqualTo(DataType.struct(List.of(Field.of("CamelCase", DataType.STRING))));
    }

    @ParameterizedTest
    @CsvSource({
            "INTEGER, INT", "integer, INT", "BIGINT, LONG", "TINYINT, BYTE", "SMALLINT, SHORT", "BOOL, BOOLEAN",
            "REAL, FLOAT", "VARCHAR, STRING", "TEXT, STRING", "BYTES, BINARY", "DATETIME, TIMESTAMP",
            "BIGDECIMAL, 'DECIMAL(38,18)'", "DECIMAL, 'DECIMAL(38,18)'", "NUMERIC, 'DECIMAL(38,18)'",
            "'DECIMAL(7)', 'DECIMAL(7,0)'", "'numeric(12, 4)', 'DECIMAL(12,4)'", "'ARRAY<int>', 'LIST<INT>'",
            "'  long  ', LONG"})
    void aliasesParseToTheCanonicalType(String alias, String canonical) {
        assertThat(DataType.parse(alias).typeName()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LONGG                 | unknown type 'LONGG'",
            "DECIMAL(10,2         | expected ')'",
            "DECIMAL(x,2)          | expected a number, got 'x'",
            "DECIMAL(39,2)         | DECIMAL precision must be between 1 and 38, got 39",
            "DECIMAL(0)            | DECIMAL precision must be between 1 and 38, got 0",
            "DECIMAL(5,6)          | DECIMAL scale must be between 0 and the precision 5, got 6",
            "LIST<>                | expected a name",
            "LIST<LONG             | expected '>'",
            "MAP<STRING>           | expected ','",
            "STRUCT<a LONG>        | expected ':'",
            "STRUCT<>              | expected a name",
            "LONG LONG             | unexpected 'LONG' after the type",
            "STRUCT<a:LONG,A:INT>  | STRUCT field name 'A' appears twice",
            "<LONG>                | expected a name"})
    void badTypeNamesAreReportedWithTheTextAndWhatWasExpected(String text, String problem) {
        assertThatThrownBy(() -> DataType.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem)
                .hasMessageStartingWith("cannot read type name '" + text + "' at position ");
    }

    @Test
    void anUnknownTypeListsWhatIsAccepted() {
        assertThatThrownBy(() -> DataType.parse("uuid"))
                .hasMessageContaining("unknown type 'UUID'")
                .hasMessageContaining("DECIMAL(p,s), LIST<t>, MAP<k,v> or STRUCT<name:t,...>")
                .hasMessageContaining("TIMESTAMP");
    }

    @Test
    void emptyTypeNamesAreRejected() {
        assertThatThrownBy(() -> DataType.parse(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> DataType.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decimalBoundsAreChecked() {
        assertThat(DataType.decimal(1, 0).typeName()).isEqualTo("DECIMAL(1,0)");
        assertThat(DataType.decimal(38, 38).precision()).isEqualTo(DecimalType.MAX_PRECISION);
        assertThatThrownBy(() -> DataType.decimal(0, 0))
                .hasMessage("DECIMAL precision must be between 1 and 38, got 0");
        assertThatThrownBy(() -> DataType.decimal(39, 0))
                .hasMessage("DECIMAL precision must be between 1 and 38, got 39");
        assertThatThrownBy(() -> DataType.decimal(10, -1))
                .hasMessage("DECIMAL scale must be between 0 and the precision 10, got -1");
        assertThatThrownBy(() -> DataType.decimal(10, 11))
                .hasMessage("DECIMAL scale must be between 0 and the precision 10, got 11");
        assertThat(DataType.decimal(10, 2)).isEqualTo(new DecimalType(10, 2)).hasSameHashCodeAs(new DecimalType(10, 2));
        assertThat(DataType.decimal(10, 2)).isNotEqualTo(DataType.decimal(10, 3));
    }

    @Test
    void structsNeedUniqueFieldNamesAndAtLeastOne() {
        assertThatThrownBy(() -> DataType.struct(List.of())).hasMessageContaining("at least one field");
        assertThatThrownBy(() -> DataType.struct(List.of(Field.of("a", DataType.LONG), Field.of("A", DataType.LONG))))
                .hasMessageContaining("'A' appears twice");
        assertThatThrownBy(() -> DataType.list(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DataType.map(DataType.STRING, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void kindsDescribeStorageOrderAndNumbers() {
        assertThat(DataType.Kind.LONG.storage()).isEqualTo(DataType.Storage.LONG);
        assertThat(DataType.Kind.DATE.storage()).isEqualTo(DataType.Storage.LONG);
        assertThat(DataType.Kind.TIMESTAMP.storage()).isEqualTo(DataType.Storage.LONG);
        assertThat(DataType.Kind.BOOLEAN.storage()).isEqualTo(DataType.Storage.LONG);
        assertThat(DataType.Kind.FLOAT.storage()).isEqualTo(DataType.Storage.DOUBLE);
        assertThat(DataType.Kind.DECIMAL.storage()).isEqualTo(DataType.Storage.OBJECT);
        assertThat(DataType.Kind.STRING.storage()).isEqualTo(DataType.Storage.OBJECT);

        assertThat(DataType.Kind.STRING.isOrdered()).isTrue();
        assertThat(DataType.Kind.DATE.isOrdered()).isTrue();
        assertThat(DataType.Kind.BOOLEAN.isOrdered()).isFalse();
        assertThat(DataType.Kind.BINARY.isOrdered()).isFalse();
        assertThat(DataType.Kind.MAP.isOrdered()).isFalse();

        assertThat(DataType.Kind.BYTE.isIntegral()).isTrue();
        assertThat(DataType.Kind.DECIMAL.isIntegral()).isFalse();
        assertThat(DataType.Kind.DECIMAL.isNumeric()).isTrue();
        assertThat(DataType.Kind.FLOAT.isNumeric()).isTrue();
        assertThat(DataType.Kind.DATE.isNumeric()).isFalse();
        assertThat(DataType.Kind.BOOLEAN.isNumeric()).isFalse();
    }
}
