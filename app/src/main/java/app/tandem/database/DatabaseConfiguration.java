package app.tandem.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one DataSource: an external PostgreSQL when a URL is configured, else the embedded one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(DatabaseProperties properties) {
        if (properties.isExternal()) {
            return new EmbeddedDatabaseHolder(null);
        }
        return new EmbeddedDatabaseHolder(EmbeddedDatabase.start(properties.dataDir(), properties.cleanStart()));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabaseHolder embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tandem");
        if (properties.isExternal()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        } else {
            config.setJdbcUrl(embedded.database().jdbcUrl());
            config.setUsername("postgres");
        }
        config.setMaximumPoolSize(properties.poolSize());
        // When the database is gone, a request waits this long for a connection, then answers
        // 503 (not 30 s, Hikari's default, with the browser left hanging).
        long timeout = properties.connectionTimeout().toMillis();
        config.setConnectionTimeout(timeout);
        config.setValidationTimeout(Math.max(250, Math.min(timeout, 2_000)));
        config.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, timeout / 1000)));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        return new HikariDataSource(config);
    }

    /** Lets the DataSource close before the database it points at. */
    record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }
    }
}
