package app.tandem.push.web;

import app.tandem.push.PushSubscription;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The account page's push section: the partner's devices with push on, and what the script needs to add this one. */
public record DevicesView(List<PushSubscription> devices, String publicKey, boolean enabled,
        Map<String, String> errors) {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** The day the device was added, in the page's language ("1 Dec 2026", "1. Dez. 2026"). */
    public static String since(PushSubscription device) {
        return app.tandem.web.Text.current().locale().getLanguage().equals("de")
                ? DateTimeFormatter.ofPattern("d. MMM yyyy", Locale.GERMAN).format(device.createdAt().atOffset(ZoneOffset.UTC))
                : SINCE.format(device.createdAt().atOffset(ZoneOffset.UTC));
    }

}
