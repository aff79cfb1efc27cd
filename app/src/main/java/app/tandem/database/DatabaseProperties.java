package app.tandem.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url}, Tandem runs its own embedded PostgreSQL with its
 * files under {@code dataDir}, so that one command runs everything.
 *
 * @param url      JDBC URL of an external PostgreSQL ({@code TANDEM_DATABASE_URL}); blank for embedded
 * @param user     user for the external database
 * @param password password for the external database
 * @param dataDir  folder for the embedded database's files, kept across restarts
 * @param cleanStart wipe the embedded database at start (tests only)
 */
@ConfigurationProperties("tandem.database")
public record DatabaseProperties(String url, String user, String password, Path dataDir, boolean cleanStart) {

    public DatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
    }

    boolean isExternal() {
        return url != null && !url.isBlank();
    }
}
