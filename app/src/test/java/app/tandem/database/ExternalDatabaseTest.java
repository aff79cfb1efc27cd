package app.tandem.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With TANDEM_DATABASE_URL set, Tandem starts no embedded database and connects where it is
 * told. A separately started PostgreSQL plays the external server.
 */
class ExternalDatabaseTest {

    @TempDir
    Path serverDir;
    @TempDir
    Path appDataDir;

    @Test
    void aConfiguredUrlIsUsedAndNoEmbeddedDatabaseStarts() throws Exception {
        try (EmbeddedDatabase external = EmbeddedDatabase.start(serverDir, false)) {
            var properties = new DatabaseProperties(external.jdbcUrl(), "postgres", "", appDataDir, false);
            var configuration = new DatabaseConfiguration();

            var embedded = configuration.embeddedDatabase(properties);
            try (var dataSource = configuration.dataSource(properties, embedded);
                    Connection connection = dataSource.getConnection();
                    ResultSet rs = connection.createStatement().executeQuery("select current_database()")) {
                rs.next();
                assertThat(embedded.database()).isNull();
                assertThat(rs.getString(1)).isEqualTo(EmbeddedDatabase.DATABASE_NAME);
                assertThat(dataSource.getJdbcUrl()).isEqualTo(external.jdbcUrl());
            }
            assertThat(appDataDir.resolve("postgres")).doesNotExist();
        }
    }
}
