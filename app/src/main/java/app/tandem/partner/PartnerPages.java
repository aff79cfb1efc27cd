package app.tandem.partner;

import app.tandem.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import app.tandem.web.EmailStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign up, sign in and the account page, for browsers. Unlike other modules' pages these stay in
 * the module's root: they work the session, the device cookie and the sign-in itself, which must
 * not become part of the module's API for a sub-package to reach them.
 */
@Controller
class PartnerPages {

    private final PartnerService partners;
    private final SignIn signIn;
    private final SecurityContextRepository contexts;
    private final RequestCache requestCache;
    private final DeviceCookies devices;
    private final EmailStatus email;
    private final EmailChanges emailChanges;
    private final String baseUrl;

    PartnerPages(PartnerService partners, SignIn signIn, SecurityContextRepository contexts,
            RequestCache requestCache, DeviceCookies devices, EmailStatus email, EmailChanges emailChanges,
            @org.springframework.beans.factory.annotation.Value("${tandem.base-url:}") String baseUrl) {
        this.email = email;
        this.emailChanges = emailChanges;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.partners = partners;
        this.signIn = signIn;
        this.contexts = contexts;
        this.requestCache = requestCache;
        this.devices = devices;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(name = "signed-out", required = false)
            String signedOut, Model model) {
        model.addAttribute("view", new SignInView(error != null, signedOut != null, null));
        return "partner/signIn";
    }

    @GetMapping("/sign-up")
    String signUpForm(Model model) {
        model.addAttribute("form", SignUpForm.empty());
        return "partner/signUp";
    }

    @PostMapping("/sign-up")
    String signUp(@ModelAttribute SignUp signUp, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return Forms.submit(response, () -> {
            // Without script the hidden field is empty: the language the browser asked the page in.
            Partner partner = partners.signUp(signUp.orLanguage(
                    org.springframework.web.servlet.support.RequestContextUtils.getLocale(request)));
            PartnerPrincipal principal = signIn.reload(partner.id());
            devices.write(response, signIn.deviceCookieFor(principal, null));
            signInAs(principal, request, response);
            SavedRequest saved = requestCache.getRequest(request, response);
            return "redirect:" + (saved == null ? "/" : saved.getRedirectUrl());
        }, errors -> {
            model.addAttribute("form", new SignUpForm(signUp.email(), signUp.displayName(), errors));
            return "partner/signUp";
        });
    }

    /** The account page says plainly whether this server sends e-mail at all. */
    private void accountPage(Model model, AccountView view) {
        model.addAttribute("view", view);
        model.addAttribute("emailOn", email.emailOn());
        model.addAttribute("pendingEmail", emailChanges.pending(view.partner().id()).orElse(null));
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(required = false) String changed,
            @RequestParam(required = false) String renamed, Model model) {
        accountPage(model, new AccountView(partners.find(me.id()).orElseThrow(), Map.of(), changed != null,
                renamed != null));
        return "partner/account";
    }

    @PostMapping("/account/name")
    String rename(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute NameChange change,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            partners.rename(me.id(), change.displayName());
            // The name in the session's principal heads every page: sign in again as the renamed partner.
            signInAs(partners.principalOf(me.id()), request, response);
            return "redirect:/account?renamed";
        }, errors -> {
            accountPage(model, new AccountView(partners.find(me.id()).orElseThrow(), errors, false, false,
                    change.displayName())); // what was typed stays in the field, with the reason beside it
            return "partner/account";
        });
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal PartnerPrincipal me,
            @ModelAttribute PasswordChange change, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        return Forms.submit(response, () -> {
            String current = request.getSession(false) == null ? null : request.getSession(false).getId();
            partners.changePassword(me.id(), change.currentPassword(), change.newPassword(), current);
            // The old device cookie was keyed with the old password: this device stays known.
            devices.write(response, signIn.deviceCookieFor(signIn.reload(me.id()), DeviceCookies.read(request)));
            return "redirect:/account?changed";
        }, errors -> {
            accountPage(model, new AccountView(partners.find(me.id()).orElseThrow(), errors, false, false));
            return "partner/account";
        });
    }

    @PostMapping("/account/zone")
    String changeZone(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute ZoneChange change,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            partners.changeZone(me.id(), change.toZone());
            return "redirect:/account?zone-changed";
        }, errors -> {
            Partner partner = partners.find(me.id()).orElseThrow();
            model.addAttribute("view", new AccountView(partner, errors, false, false, partner.displayName(), "",
                    change.timeZone()));
            return "partner/account";
        });
    }

    @PostMapping("/account/language")
    String changeLanguage(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute LanguageChange change,
            HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            partners.changeLanguage(me.id(), change.toLocale());
            return "redirect:/account?language-changed";
        }, errors -> {
            accountPage(model, new AccountView(partners.find(me.id()).orElseThrow(), errors, false, false));
            return "partner/account";
        });
    }

    /**
     * With e-mail on, a link to the new address confirms the change (the account moves when it is
     * opened, below); without, the password alone does, at once.
     */
    @PostMapping("/account/email")
    String changeEmail(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute EmailChange change,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            if (email.emailOn()) {
                emailChanges.request(me.id(), change.email(), change.password(), linkBase());
                return "redirect:/account?email-link-sent";
            }
            String current = request.getSession(false) == null ? null : request.getSession(false).getId();
            partners.changeEmail(me.id(), change.email(), change.password(), current);
            // The session's principal carries the address it signs in with: sign in again as the changed partner.
            signInAgain(me.id(), request, response);
            return "redirect:/account?email-changed";
        }, errors -> {
            Partner partner = partners.find(me.id()).orElseThrow();
            accountPage(model, new AccountView(partner, errors, false, false, partner.displayName(), change.email(),
                    partner.zone().getId()));
            return "partner/account";
        });
    }

    private String linkBase() {
        String base = baseUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : baseUrl;
        return base + "/email-change/";
    }

    /**
     * The link from the e-mail: a page that asks to confirm, so that a mail scanner opening links
     * changes nothing. It works whether or not this browser is signed in: the link proves the
     * address, and the password was asked when the change was.
     */
    @GetMapping("/email-change/{token}")
    String confirmEmailPage(@PathVariable String token, HttpServletResponse response, Model model) {
        var address = emailChanges.addressOf(token);
        if (address.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("token", token);
        model.addAttribute("address", address.orElse(null));
        model.addAttribute("expired", EmailChanges.EXPIRED.say());
        return "partner/emailChange";
    }

    @PostMapping("/email-change/{token}")
    String confirmEmail(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable String token,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            String current = request.getSession(false) == null ? null : request.getSession(false).getId();
            long partnerId = emailChanges.confirm(token, me == null ? null : current);
            if (me != null && me.id() == partnerId) {
                signInAgain(partnerId, request, response);
                return "redirect:/account?email-changed";
            }
            return "redirect:/sign-in?email-changed";
        }, errors -> {
            model.addAttribute("error", errors.getOrDefault("email", null));
            return confirmEmailPage(token, response, model);
        });
    }

    /** Signs this request in again as the partner, freshly read: after their sign-in address changed. */
    private void signInAgain(long partnerId, HttpServletRequest request, HttpServletResponse response) {
        signInAs(partners.principalOf(partnerId), request, response);
        devices.write(response, signIn.deviceCookieFor(signIn.reload(partnerId), DeviceCookies.read(request)));
    }

    private void signInAs(PartnerPrincipal partner, HttpServletRequest request, HttpServletResponse response) {
        partner.eraseCredentials();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation across sign-in
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(partner, null,
                partner.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
