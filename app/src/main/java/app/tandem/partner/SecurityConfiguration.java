package app.tandem.partner;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors. The browser signs in with a form and a session cookie (CSRF on); the JSON API
 * under {@code /api} is stateless and signs in with a bearer token, so a session cookie alone
 * never authorises an API call (and CSRF cannot reach it).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script or style anywhere: htmx and the stylesheet are served from here. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder(
            @org.springframework.beans.factory.annotation.Value("${tandem.password-hashing.concurrent:4}") int concurrent) {
        // Argon2id, 16 MiB, 2 passes; a few at a time, so that a burst of sign-ins cannot fill the heap.
        return new BoundedHashing(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), concurrent, 5_000);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    RequestCache requestCache() {
        return new HttpSessionRequestCache();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SignIn signIn, JsonMapper json) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(c -> c.securityContextRepository(
                        new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
                .addFilterBefore(new BearerTokenFilter(tokens, signIn), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/partners", "/api/v1/tokens").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(json, res, 401,
                                "Unauthorized", "Send Authorization: Bearer <token>; POST /api/v1/tokens issues one."))
                        .accessDeniedHandler((req, res, ex) -> problem(json, res, 403,
                                "Forbidden", "You may not do this.")))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, PartnerAuthenticationProvider provider, SignInFailureHandler failures,
            SecurityContextRepository contexts, RequestCache requestCache, SignIn signIn, DeviceCookies devices,
            List<LogoutHandler> onSignOut) throws Exception {
        var redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        redirect.setRequestCache(requestCache);
        AuthenticationSuccessHandler success = (request, response, authentication) -> {
            // Remember this device: its partner's right password keeps working while strangers are throttled.
            if (authentication.getPrincipal() instanceof PartnerPrincipal partner) {
                devices.write(response, signIn.deviceCookieFor(signIn.reload(partner.id()),
                        DeviceCookies.read(request)));
            }
            redirect.onAuthenticationSuccess(request, response, authentication);
        };
        http.authenticationManager(new ProviderManager(provider))
                // RFC 8058: a mail client posts the one-click unsubscribe with no token of ours; the
                // link's own signature is what authorises it, and it can only turn e-mail off.
                .csrf(c -> c.ignoringRequestMatchers("/unsubscribe/**"))
                .securityContext(c -> c.securityContextRepository(contexts))
                // A sign-in moves the browser to a new session and deletes the old one. Only changing
                // the id (the default) kept one row in PostgreSQL, and a request that had read it before
                // the sign-in and saved it after (the page's service worker, say) put the old id back:
                // the new cookie found nothing and the partner was signed out at once.
                .sessionManagement(s -> s.sessionFixation(f -> f.migrateSession()))
                .requestCache(c -> c.requestCache(requestCache))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/sign-in", "/sign-up", "/about", "/error", "/account/deleted",
                                "/actuator/health", "/actuator/health/**", "/unsubscribe/**",
                                // a calendar app reads a partner's plans feed by its secret link (plan/CalendarFeeds)
                                "/calendar/*",
                                "/password-reset", "/password-reset/**", "/email-change/**",
                                "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
                                // the installable app: service worker, manifest, icons, offline page
                                "/sw.js", "/manifest.webmanifest", "/icons/**", "/offline.html",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .authenticationDetailsSource(SignInDetails::of)
                        .successHandler(success)
                        .failureHandler(failures))
                .logout(l -> {
                    // Other modules end what belongs to this browser's sign-in (push: its subscription).
                    onSignOut.forEach(l::addLogoutHandler);
                    l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out");
                })
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    static void problem(JsonMapper json, HttpServletResponse response, int status, String title, String detail)
            throws java.io.IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
