package app.tandem.push;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one VAPID key pair in the database, in the format of {@code web-push generate-vapid-keys}
 * (base64url: the public point uncompressed, the private scalar), so it can be moved into the
 * environment as it is.
 */
@Repository
class VapidKeyStore {

    record Stored(String publicKey, String privateKey) {}

    private final JdbcClient jdbc;

    VapidKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps {@code candidate} unless a pair is stored already, and answers the stored one. Two
     * nodes starting at once both insert; the primary key lets one win and both read the winner.
     */
    Stored keepFirst(Stored candidate) {
        jdbc.sql("insert into push_vapid_key (id, public_key, private_key) values (1, :public, :private) "
                        + "on conflict (id) do nothing")
                .param("public", candidate.publicKey()).param("private", candidate.privateKey()).update();
        return stored().orElseThrow();
    }

    Optional<Stored> stored() {
        return jdbc.sql("select public_key, private_key from push_vapid_key where id = 1")
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2))).optional();
    }
}
