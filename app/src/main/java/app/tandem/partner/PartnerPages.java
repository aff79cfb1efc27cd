package app.tandem.partner;

import app.tandem.kernel.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign up, sign in and the account page, for browsers. */
@Controller
class PartnerPages {

    private final PartnerService partners;
    private final SignIn signIn;
    private final SecurityContextRepository contexts;
    private final RequestCache requestCache;
    private final DeviceCookies devices;

    PartnerPages(PartnerService partners, SignIn signIn, SecurityContextRepository contexts,
            RequestCache requestCache, DeviceCookies devices) {
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
    String signUp(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            Partner partner = partners.signUp(new SignUp(email, displayName, password));
            PartnerPrincipal principal = signIn.reload(partner.id());
            devices.write(response, signIn.deviceCookieFor(principal, null));
            signInAs(principal, request, response);
            SavedRequest saved = requestCache.getRequest(request, response);
            return "redirect:" + (saved == null ? "/" : saved.getRedirectUrl());
        } catch (InvalidInputException e) {
            model.addAttribute("form", new SignUpForm(email, displayName, e.fieldErrors()));
            response.setStatus(400);
            return "partner/signUp";
        }
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(required = false) String changed,
            @RequestParam(required = false) String renamed, Model model) {
        model.addAttribute("view", new AccountView(partners.find(me.id()).orElseThrow(), Map.of(), changed != null,
                renamed != null));
        return "partner/account";
    }

    @PostMapping("/account/name")
    String rename(@AuthenticationPrincipal PartnerPrincipal me, @RequestParam(defaultValue = "") String displayName,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            partners.rename(me.id(), displayName);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("view", new AccountView(partners.find(me.id()).orElseThrow(), e.fieldErrors(), false, false,
                    displayName)); // what was typed stays in the field, with the reason beside it
            return "partner/account";
        }
        // The name in the session's principal heads every page: sign in again as the renamed partner.
        signInAs(partners.principalOf(me.id()), request, response);
        return "redirect:/account?renamed";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal PartnerPrincipal me,
            @RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            String current = request.getSession(false) == null ? null : request.getSession(false).getId();
            partners.changePassword(me.id(), currentPassword, newPassword, current);
            // The old device cookie was keyed with the old password: this device stays known.
            devices.write(response, signIn.deviceCookieFor(signIn.reload(me.id()), DeviceCookies.read(request)));
            return "redirect:/account?changed";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("view", new AccountView(partners.find(me.id()).orElseThrow(), e.fieldErrors(), false, false));
            return "partner/account";
        }
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
