package app.tandem.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links for messages sent outside a request: {@code TANDEM_BASE_URL} (set it to the
 * address partners open), or this node's own port on localhost for a trial run.
 */
@Component
public class Links {

    private final String baseUrl;
    private final Environment environment;

    Links(@Value("${tandem.base-url:}") String baseUrl, Environment environment) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.environment = environment;
    }

    public String to(String path) {
        String base = baseUrl.isEmpty()
                ? "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
                : baseUrl;
        return base + path;
    }
}
