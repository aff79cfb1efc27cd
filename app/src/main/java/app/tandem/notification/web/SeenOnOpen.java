package app.tandem.notification.web;

import app.tandem.notification.Notifications;
import app.tandem.web.SignedInPerson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Opening a thread's page marks what waited there read, for every feature at once: the entry's
 * path is the page's. One indexed update that touches nothing when nothing waited.
 */
@Configuration(proxyBeanMethods = false)
class SeenOnOpen implements WebMvcConfigurer, HandlerInterceptor {

    private static final Pattern THREAD = Pattern.compile("/(needs|bids|hurts)/\\d+|/agreement|/load");

    private final Notifications notifications;

    SeenOnOpen(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean redirect = view != null && view.getViewName() != null && view.getViewName().startsWith("redirect:");
        if (!request.getMethod().equals("GET") || redirect || response.getStatus() >= 300
                || !THREAD.matcher(path).matches()) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInPerson me) {
            notifications.seen(me.id(), path);
        }
    }
}
