package app.tandem.notification;

import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key that signs links sent by e-mail. {@code TANDEM_SECRET} when given; otherwise one made
 * at first start and kept in the database, so that every node signs and checks alike and links
 * keep working across restarts.
 */
@Component
class ServerSecrets {

    private final JdbcClient jdbc;
    private final String configured;
    private volatile byte[] key;

    ServerSecrets(JdbcClient jdbc, @Value("${tandem.secret:}") String configured) {
        this.jdbc = jdbc;
        this.configured = configured;
    }

    byte[] signingKey() {
        byte[] known = key;
        if (known == null) {
            known = configured.isBlank() ? stored() : configured.getBytes(StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }

    private byte[] stored() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // Two nodes starting at once: the first insert wins and both read it.
        jdbc.sql("insert into server_secret (name, value) values ('link-signing', ?) on conflict do nothing")
                .param(fresh).update();
        return jdbc.sql("select value from server_secret where name = 'link-signing'").query(byte[].class).single();
    }
}
