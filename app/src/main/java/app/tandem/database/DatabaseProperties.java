package app.tandem.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Where the data lives. With no {@code url}, Tandem runs its own embedded PostgreSQL with its
 * files under {@code dataDir}, so that one command runs everything.
 *
 * @param url      JDBC URL of an external PostgreSQL ({@code TANDEM_DATABASE_URL}); blank for embedded
 * @param user     user for the external database
 * @param password password for the external database
 * @param dataDir  folder for the embedded database's files, kept across restarts
 * @param cleanStart wipe the embedded database at start (tests only)
 * @param poolSize most connections this node holds ({@code TANDEM_DATABASE_POOL_SIZE})
 * @param connectionTimeout how long a request waits for a connection before it is answered 503
 */
@ConfigurationProperties("tandem.database")
public record DatabaseProperties(String url, String user, String password, Path dataDir, boolean cleanStart,
        Integer poolSize, Duration connectionTimeout) {

    @ConstructorBinding
    public DatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (poolSize == null || poolSize < 1) {
            poolSize = 10;
        }
        if (connectionTimeout == null || connectionTimeout.toMillis() < 250) {
            connectionTimeout = Duration.ofSeconds(2);
        }
    }

    public DatabaseProperties(String url, String user, String password, Path dataDir, boolean cleanStart) {
        this(url, user, password, dataDir, cleanStart, null, null);
    }

    boolean isExternal() {
        return url != null && !url.isBlank();
    }
}
