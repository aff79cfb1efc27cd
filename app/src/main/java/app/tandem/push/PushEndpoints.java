package app.tandem.push;

import app.tandem.kernel.InvalidInputException;
import app.tandem.kernel.Phrase;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which addresses the server will post to. A subscription's endpoint is an address a browser
 * hands us and the server later calls: left open, anyone with an account could make the server
 * post to hosts inside its own network. So only the browsers' push services are allowed (a
 * leading {@code *.} allows sub-domains), over https; tests allow their own endpoint on localhost.
 */
@Component
class PushEndpoints {

    static final String FIELD = "endpoint";

    private final List<String> hosts;
    private final boolean allowHttp;

    PushEndpoints(@Value("${tandem.push.endpoint-hosts}") List<String> hosts,
            @Value("${tandem.push.allow-http:false}") boolean allowHttp) {
        this.hosts = hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        this.allowHttp = allowHttp;
    }

    void check(String endpoint) {
        URI uri = URI.create(endpoint); // the draft has checked that it parses
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new InvalidInputException(FIELD, Phrase.of("push.error.a-push-address-starts"));
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (hosts.stream().noneMatch(allowed -> matches(allowed, host))) {
            throw new InvalidInputException(FIELD, Phrase.of("push.error.host", host));
        }
    }

    private static boolean matches(String allowed, String host) {
        return allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : host.equals(allowed);
    }
}
