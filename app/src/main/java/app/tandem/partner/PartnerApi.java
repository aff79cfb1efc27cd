package app.tandem.partner;

import io.swagger.v3.oas.annotations.Operation;
import app.tandem.web.EmailStatus;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.ProblemDetail;
import app.tandem.kernel.NotFoundException;

/** Accounts and tokens, for API clients. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Partners", description = "Accounts and bearer tokens")
class PartnerApi {

    /** {@code language}: "en" or "de"; absent while the partner has not chosen and their browser decides. */
    record PartnerResponse(long id, String email, String displayName, Instant createdAt, String timeZone,
            String language) {
        static PartnerResponse of(Partner p) {
            return new PartnerResponse(p.id(), p.email(), p.displayName(), p.createdAt(), p.zone().getId(),
                    p.language() == null ? null : p.languageTag());
        }
    }

    /** The account after an e-mail change: {@code pendingEmail} is set while the link to it waits to be opened. */
    record EmailChangeResponse(PartnerResponse partner, String pendingEmail, Instant linkExpiresAt) {}

    record TokenRequest(String email, String password) {}

    record TokenResponse(long id, String token, String tokenType) {}

    private final PartnerService partners;
    private final SignIn signIn;
    private final ApiTokens tokens;
    private final DeviceCookies devices;
    private final EmailChanges emailChanges;
    private final EmailStatus email;
    private final String baseUrl;

    PartnerApi(PartnerService partners, SignIn signIn, ApiTokens tokens, DeviceCookies devices,
            EmailChanges emailChanges, EmailStatus email,
            @Value("${tandem.base-url:}") String baseUrl) {
        this.emailChanges = emailChanges;
        this.email = email;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.partners = partners;
        this.signIn = signIn;
        this.tokens = tokens;
        this.devices = devices;
    }

    @Operation(summary = "Sign up: create a partner account")
    @PostMapping("/partners")
    @ResponseStatus(HttpStatus.CREATED)
    PartnerResponse signUp(@RequestBody SignUp signUp) {
        return PartnerResponse.of(partners.signUp(signUp));
    }

    @Operation(summary = "Exchange e-mail and password for a bearer token (throttled on failures)")
    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse issueToken(@RequestBody TokenRequest request, HttpServletRequest http,
            jakarta.servlet.http.HttpServletResponse response) {
        PartnerPrincipal partner = signIn.authenticate(request.email(), request.password(), SignInDetails.of(http));
        devices.write(response, signIn.deviceCookieFor(partner, DeviceCookies.read(http)));
        ApiTokens.IssuedToken issued = tokens.issue(partner.id());
        return new TokenResponse(issued.id(), issued.token(), "Bearer");
    }

    @Operation(summary = "Revoke the token this request is signed in with")
    @DeleteMapping("/tokens/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeCurrent(Authentication authentication) {
        if (authentication instanceof BearerAuthentication bearer) {
            tokens.revoke(bearer.getPrincipal().id(), bearer.tokenId());
        }
    }

    @Operation(summary = "Revoke one of my tokens")
    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        if (!tokens.revoke(me.id(), id)) {
            throw new NotFoundException("Token");
        }
    }

    @Operation(summary = "Who I am")
    @GetMapping("/me")
    PartnerResponse me(@AuthenticationPrincipal PartnerPrincipal me) {
        return PartnerResponse.of(partners.find(me.id()).orElseThrow(() -> new NotFoundException("Partner")));
    }

    @Operation(summary = "Change my display name (1 to 60 characters)")
    @PutMapping("/me/display-name")
    PartnerResponse rename(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody NameChange change) {
        return PartnerResponse.of(partners.rename(me.id(), change.displayName()));
    }

    @Operation(summary = "Change my password (revokes all my tokens and ends all my web sessions)")
    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody PasswordChange change) {
        partners.changePassword(me.id(), change.currentPassword(), change.newPassword(), null);
    }

    @Operation(summary = "Change my time zone (an IANA name such as Europe/Berlin): every time is shown and read in it")
    @PutMapping("/me/time-zone")
    PartnerResponse changeZone(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody ZoneChange change) {
        partners.changeZone(me.id(), change.toZone());
        return PartnerResponse.of(partners.find(me.id()).orElseThrow());
    }

    @Operation(summary = "Change my language (en or de): every page and every e-mail to me is written in it",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Me, with the language as it is now"),
                    @ApiResponse(responseCode = "400", description = "Not a language Tandem speaks; the reason is in errors.language",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    @PutMapping("/me/language")
    PartnerResponse changeLanguage(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody LanguageChange change) {
        partners.changeLanguage(me.id(), change.toLocale());
        return PartnerResponse.of(partners.find(me.id()).orElseThrow());
    }

    @Operation(summary = "Change my e-mail address, confirmed by my password. With e-mail on, a link goes to the new "
            + "address and the account moves when it is opened (202); without, it moves at once (200). Either way my "
            + "other web sessions end when it moves")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "202",
            description = "A link is on its way to the new address; nothing changes until it is opened")
    @ApiResponse(responseCode = "400",
            description = "Not an address, already in use, or the password is wrong (every error at once)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping("/me/email")
    ResponseEntity<EmailChangeResponse> changeEmail(@AuthenticationPrincipal PartnerPrincipal me,
            @RequestBody EmailChange change, HttpServletRequest request) {
        if (email.emailOn()) {
            String base = baseUrl.isEmpty()
                    ? ServletUriComponentsBuilder.fromContextPath(request).toUriString()
                    : baseUrl;
            PendingEmail pending = emailChanges.request(me.id(), change.email(), change.password(), base + "/email-change/");
            return ResponseEntity.accepted().body(new EmailChangeResponse(
                    PartnerResponse.of(partners.find(me.id()).orElseThrow()), pending.email(), pending.expiresAt()));
        }
        Partner changed = partners.changeEmail(me.id(), change.email(), change.password(), null);
        return ResponseEntity.ok(new EmailChangeResponse(PartnerResponse.of(changed), null, null));
    }

    @ExceptionHandler(BadCredentialsException.class)
    ProblemDetail badCredentials() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Wrong e-mail or password.");
        problem.setTitle("Unauthorized");
        return problem;
    }
}
