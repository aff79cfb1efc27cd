package app.tandem.push.web;

import app.tandem.partner.PartnerPrincipal;
import app.tandem.push.PushKeys;
import app.tandem.push.PushSubscription;
import app.tandem.push.PushSubscriptions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner's push subscriptions, for API clients (an app of its own, a browser extension), and the
 * VAPID public key to subscribe with. A subscription made here is not tied to a browser's sign-in:
 * it goes when deleted, with the account, or when the push service says it is gone.
 */
@RestController
@Tag(name = "Push", description = "Devices that get a Web Push notification when the partner acts")
class PushApi {

    record SubscriptionBody(long id, String endpoint, String label, Instant createdAt) {
        static SubscriptionBody of(PushSubscription s) {
            return new SubscriptionBody(s.id(), s.endpoint(), s.label(), s.createdAt());
        }
    }

    record PublicKeyBody(String publicKey) {}

    private static final String PROBLEM = "application/problem+json";

    private final PushSubscriptions subscriptions;
    private final PushKeys keys;

    PushApi(PushSubscriptions subscriptions, PushKeys keys) {
        this.subscriptions = subscriptions;
        this.keys = keys;
    }

    @Operation(summary = "The server's VAPID public key (base64url), for pushManager.subscribe's applicationServerKey")
    @ApiResponse(responseCode = "200", description = "The key")
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/api/v1/push/public-key")
    PublicKeyBody publicKey() {
        return new PublicKeyBody(keys.publicKey());
    }

    @Operation(summary = "My devices with push on, oldest first")
    @ApiResponse(responseCode = "200", description = "The subscriptions")
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/api/v1/push-subscriptions")
    List<SubscriptionBody> list(@AuthenticationPrincipal PartnerPrincipal me) {
        return subscriptions.of(me.id()).stream().map(SubscriptionBody::of).toList();
    }

    @Operation(summary = "Add a device: the JSON of the browser's PushSubscription (endpoint, keys.p256dh, keys.auth)")
    @ApiResponse(responseCode = "201", description = "Subscribed (subscribing the same endpoint again renews its keys)")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed, or the endpoint is not a "
            + "push service this server sends to; every field's message in errors",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/api/v1/push-subscriptions")
    @ResponseStatus(HttpStatus.CREATED)
    SubscriptionBody subscribe(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody SubscriptionDraft draft,
            @RequestHeader(name = HttpHeaders.USER_AGENT, required = false) String userAgent) {
        return SubscriptionBody.of(subscriptions.subscribe(me.id(), draft.toCommand(userAgent), null));
    }

    @Operation(summary = "Remove one of my devices; another partner's is 404")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such subscription of mine",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @DeleteMapping("/api/v1/push-subscriptions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        subscriptions.remove(me.id(), id);
    }
}
