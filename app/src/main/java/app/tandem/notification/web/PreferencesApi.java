package app.tandem.notification.web;

import app.tandem.notification.NotificationPreferences;
import app.tandem.notification.Preferences;
import app.tandem.notification.DeliveryChannel.Channel;
import app.tandem.notification.Topic;
import app.tandem.partner.PartnerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What reaches me outside the app, for API clients. */
@RestController
@RequestMapping("/api/v1/preferences")
@Tag(name = "Preferences", description = "What reaches me by e-mail or push, per topic, and my quiet hours")
class PreferencesApi {

    /** Each topic's reach; quiet hours as HH:MM in my time zone (null: none). */
    record PreferencesBody(Map<String, String> reach, String quietFrom, String quietUntil, boolean includeText,
            boolean emailOn, boolean pushOn) {}

    private final NotificationPreferences preferences;

    PreferencesApi(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @Operation(summary = "My preferences, each topic with its reach (defaults included)")
    @GetMapping
    PreferencesBody get(@AuthenticationPrincipal PartnerPrincipal me) {
        return body(preferences.of(me.id()));
    }

    @Operation(summary = "Change my preferences: only the fields given change",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The preferences as they are now"),
                    @ApiResponse(responseCode = "400", description = "A field is not understood; every error is in errors",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    @PutMapping
    PreferencesBody change(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody PreferencesDraft draft) {
        return body(preferences.change(me.id(), draft.toCommand()));
    }

    private PreferencesBody body(Preferences p) {
        Map<String, String> reach = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            reach.put(topic.wireName(), p.of(topic).wireName());
        }
        return new PreferencesBody(reach, p.quiet().none() ? null : p.quiet().from().toString(),
                p.quiet().none() ? null : p.quiet().until().toString(), p.includeText(),
                preferences.available(Channel.EMAIL), preferences.available(Channel.PUSH));
    }
}
