package app.tandem.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * A request that has no use for the session does not read it. Sessions live in PostgreSQL, and
 * reading one also writes it back (its last access time) when the request ends: Spring MVC's
 * flash maps and its request-handled events read the session on every request, so each
 * stylesheet, script and icon cost a read and a write, and one in flight while its page signed in
 * wrote a stale copy over the new sign-in. Tandem's confirmations travel in the query
 * ({@link Flash}), never in flash maps; {@code spring.mvc.publish-request-handled-events} is off.
 */
@Configuration(proxyBeanMethods = false)
class SessionFreeAssets {

    @Bean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new FlashMapManager() {
            @Override
            public FlashMap retrieveAndUpdate(HttpServletRequest request, HttpServletResponse response) {
                return null;
            }

            @Override
            public void saveOutputFlashMap(FlashMap flashMap, HttpServletRequest request, HttpServletResponse response) {
                // nothing is ever put in a flash map: a redirect carries its marker in the query
            }
        };
    }
}
