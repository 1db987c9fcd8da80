package dev.dovetail.jdbc.dialect;

import dev.dovetail.jdbc.metadata.JdbcColumn;
import org.junit.jupiter.api.Test;

import java.sql.Types;

import static org.assertj.core.api.Assertions.assertThat;

/** Which columns the reader takes as UTF-8 bytes: PostgreSQL's text types, unless the URL lets the encoding change. */
class DialectTextAsUtf8Test {
    private static JdbcColumn column(int jdbcType, String typeName) {
        return new JdbcColumn("c", jdbcType, typeName, 0, 0, true, false);
    }

    @Test
    void postgresqlTextVarcharAndCharAreUtf8() {
        String url = "jdbc:postgresql://host/db";
        Dialect postgres = Dialects.forUrl(url);
        assertThat(postgres.readsTextAsUtf8(column(Types.VARCHAR, "text"), url)).isTrue();
        assertThat(postgres.readsTextAsUtf8(column(Types.VARCHAR, "varchar"), url)).isTrue();
        assertThat(postgres.readsTextAsUtf8(column(Types.CHAR, "bpchar"), url)).isTrue();
    }

    @Test
    void postgresqlTypesThatMayArriveInBinaryAreNot() {
        String url = "jdbc:postgresql://host/db";
        Dialect postgres = Dialects.forUrl(url);
        for (String type : new String[] {"uuid", "json", "jsonb", "time", "bit", "a_domain"}) {
            assertThat(postgres.readsTextAsUtf8(column(Types.OTHER, type), url)).as(type).isFalse();
        }
    }

    @Test
    void postgresqlWithEncodingChangesAllowedReadsStrings() {
        String url = "jdbc:postgresql://host/db?allowEncodingChanges=true";
        assertThat(Dialects.forUrl(url).readsTextAsUtf8(column(Types.VARCHAR, "text"), url)).isFalse();
    }

    @Test
    void otherDialectsReadStrings() {
        for (String url : new String[] {"jdbc:h2:mem:x", "jdbc:mysql://host/db", "jdbc:mariadb://host/db",
                "jdbc:sqlserver://host", "jdbc:oracle:thin:@host:1521/db"}) {
            assertThat(Dialects.forUrl(url).readsTextAsUtf8(column(Types.VARCHAR, "varchar"), url)).as(url).isFalse();
        }
    }
}
