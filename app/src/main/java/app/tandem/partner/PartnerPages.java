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
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

    PartnerPages(PartnerService partners, SignIn signIn, SecurityContextRepository contexts,
            RequestCache requestCache, DeviceCookies devices, EmailStatus email) {
        this.email = email;
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

    @PostMapping("/account/email")
    String changeEmail(@AuthenticationPrincipal PartnerPrincipal me, @ModelAttribute EmailChange change,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return Forms.submit(response, () -> {
            String current = request.getSession(false) == null ? null : request.getSession(false).getId();
            partners.changeEmail(me.id(), change.email(), change.password(), current);
            // The session's principal carries the address it signs in with: sign in again as the changed partner.
            signInAs(partners.principalOf(me.id()), request, response);
            devices.write(response, signIn.deviceCookieFor(signIn.reload(me.id()), DeviceCookies.read(request)));
            return "redirect:/account?email-changed";
        }, errors -> {
            Partner partner = partners.find(me.id()).orElseThrow();
            model.addAttribute("view", new AccountView(partner, errors, false, false, partner.displayName(),
                    change.email(), partner.zone().getId()));
            return "partner/account";
        });
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
