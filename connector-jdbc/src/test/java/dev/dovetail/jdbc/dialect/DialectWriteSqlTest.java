package dev.dovetail.jdbc.dialect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The write statements each dialect generates, compared as text (the database tests run them). */
class DialectWriteSqlTest {
    private static final List<String> TABLE = List.of("sales", "orders");
    private static final List<String> COLUMNS = List.of("id", "name", "total");
    private static final List<String> IDS = List.of("id");

    private final Dialect h2 = Dialects.forUrl("jdbc:h2:mem:x");
    private final Dialect postgres = Dialects.forUrl("jdbc:postgresql://host/db");
    private final Dialect mysql = Dialects.forUrl("jdbc:mysql://host/db");
    private final Dialect mariadb = Dialects.forUrl("jdbc:mariadb://host/db");
    private final Dialect sqlServer = Dialects.forUrl("jdbc:sqlserver://host;databaseName=db");
    private final Dialect oracle = Dialects.forUrl("jdbc:oracle:thin:@host:1521/db");
    private final Dialect ansi = Dialects.forUrl("jdbc:db2://host/db");

    @Test
    void insertUpdateDeleteAreAnsiWithEachDialectsQuotes() {
        assertThat(postgres.insertSql(TABLE, COLUMNS))
                .isEqualTo("INSERT INTO \"sales\".\"orders\" (\"id\", \"name\", \"total\") VALUES (?, ?, ?)");
        assertThat(postgres.updateSql(TABLE, List.of("name", "total"), IDS))
                .isEqualTo("UPDATE \"sales\".\"orders\" SET \"name\" = ?, \"total\" = ? WHERE \"id\" = ?");
        assertThat(postgres.deleteSql(TABLE, List.of("region", "id")))
                .isEqualTo("DELETE FROM \"sales\".\"orders\" WHERE \"region\" = ? AND \"id\" = ?");
        assertThat(mysql.insertSql(TABLE, COLUMNS)).isEqualTo("INSERT INTO `sales`.`orders` (`id`, `name`, `total`) VALUES (?, ?, ?)");
        assertThat(sqlServer.deleteSql(TABLE, IDS)).isEqualTo("DELETE FROM [sales].[orders] WHERE [id] = ?");
        assertThat(oracle.updateSql(List.of("ORDERS"), List.of("NAME"), IDS))
                .isEqualTo("UPDATE \"ORDERS\" SET \"NAME\" = ? WHERE \"id\" = ?");
    }

    @Test
    void identifiersThatTryToEndTheQuotingAreDoubled() {
        assertThat(postgres.insertSql(List.of("t\"; DROP TABLE x; --"), List.of("a\"b")))
                .isEqualTo("INSERT INTO \"t\"\"; DROP TABLE x; --\" (\"a\"\"b\") VALUES (?)");
        assertThat(mariadb.deleteSql(List.of("t`"), List.of("order")))
                .isEqualTo("DELETE FROM `t``` WHERE `order` = ?");
        assertThat(sqlServer.deleteSql(List.of("t]"), List.of("unit price")))
                .isEqualTo("DELETE FROM [t]]] WHERE [unit price] = ?");
    }

    @Test
    void anUpdateNeedsAColumnToSetAndEveryIdStatementAnId() {
        assertThatThrownBy(() -> h2.updateSql(TABLE, List.of(), IDS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no columns to set");
        assertThatThrownBy(() -> h2.deleteSql(TABLE, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no id columns");
    }

    @Test
    void postgresUpsertsOnConflict() {
        assertThat(postgres.upsertSql(TABLE, COLUMNS, IDS)).isEqualTo("INSERT INTO \"sales\".\"orders\" (\"id\", \"name\", \"total\")"
                + " VALUES (?, ?, ?) ON CONFLICT (\"id\") DO UPDATE SET \"name\" = EXCLUDED.\"name\", \"total\" = EXCLUDED.\"total\"");
        assertThat(postgres.upsertSql(List.of("tags"), List.of("a", "b"), List.of("a", "b")))
                .isEqualTo("INSERT INTO \"tags\" (\"a\", \"b\") VALUES (?, ?) ON CONFLICT (\"a\", \"b\") DO NOTHING");
    }

    @Test
    void mysqlAndMariaDbUpsertOnDuplicateKeyWithValues() {
        String expected = "INSERT INTO `sales`.`orders` (`id`, `name`, `total`) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE `name` = VALUES(`name`), `total` = VALUES(`total`)";
        assertThat(mysql.upsertSql(TABLE, COLUMNS, IDS)).isEqualTo(expected);
        assertThat(mariadb.upsertSql(TABLE, COLUMNS, IDS)).isEqualTo(expected);
        assertThat(mysql.upsertSql(List.of("tags"), List.of("a", "b"), List.of("a", "b")))
                .isEqualTo("INSERT INTO `tags` (`a`, `b`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `a` = `a`");
    }

    @Test
    void h2MergesByKey() {
        assertThat(h2.upsertSql(TABLE, COLUMNS, IDS))
                .isEqualTo("MERGE INTO \"sales\".\"orders\" (\"id\", \"name\", \"total\") KEY (\"id\") VALUES (?, ?, ?)");
    }

    @Test
    void sqlServerMergesWithHoldlockAndASemicolon() {
        assertThat(sqlServer.upsertSql(TABLE, COLUMNS, IDS)).isEqualTo("MERGE INTO [sales].[orders] WITH (HOLDLOCK) AS t"
                + " USING (VALUES (?, ?, ?)) AS s ([id], [name], [total]) ON (t.[id] = s.[id])"
                + " WHEN MATCHED THEN UPDATE SET [name] = s.[name], [total] = s.[total]"
                + " WHEN NOT MATCHED THEN INSERT ([id], [name], [total]) VALUES (s.[id], s.[name], s.[total]);");
        assertThat(sqlServer.upsertSql(List.of("tags"), List.of("a", "b"), List.of("a", "b")))
                .isEqualTo("MERGE INTO [tags] WITH (HOLDLOCK) AS t USING (VALUES (?, ?)) AS s ([a], [b])"
                        + " ON (t.[a] = s.[a] AND t.[b] = s.[b]) WHEN NOT MATCHED THEN INSERT ([a], [b]) VALUES (s.[a], s.[b]);");
    }

    @Test
    void oracleMergesFromDual() {
        assertThat(oracle.upsertSql(List.of("SALES", "ORDERS"), List.of("ID", "NAME"), List.of("ID")))
                .isEqualTo("MERGE INTO \"SALES\".\"ORDERS\" t USING (SELECT ? AS \"ID\", ? AS \"NAME\" FROM dual) s"
                        + " ON (t.\"ID\" = s.\"ID\") WHEN MATCHED THEN UPDATE SET \"NAME\" = s.\"NAME\""
                        + " WHEN NOT MATCHED THEN INSERT (\"ID\", \"NAME\") VALUES (s.\"ID\", s.\"NAME\")");
    }

    @Test
    void ansiMergesFromAValuesRow() {
        assertThat(ansi.name()).isEqualTo("ansi");
        assertThat(ansi.upsertSql(List.of("orders"), List.of("region", "no", "qty"), List.of("region", "no")))
                .isEqualTo("MERGE INTO \"orders\" t USING (VALUES (?, ?, ?)) AS s (\"region\", \"no\", \"qty\")"
                        + " ON (t.\"region\" = s.\"region\" AND t.\"no\" = s.\"no\")"
                        + " WHEN MATCHED THEN UPDATE SET \"qty\" = s.\"qty\""
                        + " WHEN NOT MATCHED THEN INSERT (\"region\", \"no\", \"qty\") VALUES (s.\"region\", s.\"no\", s.\"qty\")");
    }
}
