package app.tandem.couple;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The link that carries an invite code: on the configured public address, or this request's. */
@Component
public class InviteLinks {

    private final String baseUrl;

    InviteLinks(@Value("${tandem.base-url:}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String linkFor(String code) {
        String base = baseUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : baseUrl;
        return base + "/join/" + InviteCode.display(code);
    }
}
