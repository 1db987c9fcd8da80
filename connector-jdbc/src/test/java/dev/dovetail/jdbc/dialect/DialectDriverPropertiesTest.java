package dev.dovetail.jdbc.dialect;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver properties each dialect connects with, and the URL's own settings winning over them. */
class DialectDriverPropertiesTest {
    @Test
    void postgresqlReadsBinaryFromTheFirstExecutionUnlessTheUrlSaysOtherwise() {
        Dialect postgres = Dialects.forUrl("jdbc:postgresql://host/db");
        assertThat(postgres.driverPropertiesFor("jdbc:postgresql://host/db")).containsExactly(Map.entry("prepareThreshold", "-1"));
        assertThat(postgres.driverPropertiesFor("jdbc:postgresql://host/db?ssl=true&PREPARETHRESHOLD=0")).isEmpty();
    }

    @Test
    void h2RunsQueriesLazilyUnlessTheUrlSaysOtherwise() {
        Dialect h2 = Dialects.forUrl("jdbc:h2:mem:x");
        assertThat(h2.driverPropertiesFor("jdbc:h2:mem:x")).containsExactly(Map.entry("LAZY_QUERY_EXECUTION", "TRUE"));
        assertThat(h2.driverPropertiesFor("jdbc:h2:mem:x;lazy_query_execution=0")).isEmpty();
    }

    @Test
    void otherDialectsAddNothing() {
        for (String url : new String[] {"jdbc:mysql://host/db", "jdbc:mariadb://host/db", "jdbc:sqlserver://host",
                "jdbc:oracle:thin:@host:1521/db", "jdbc:db2://host/db"}) {
            assertThat(Dialects.forUrl(url).driverPropertiesFor(url)).as(url).isEmpty();
        }
    }
}
