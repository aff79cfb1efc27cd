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
        config.setMaximumPoolSize(20);
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
