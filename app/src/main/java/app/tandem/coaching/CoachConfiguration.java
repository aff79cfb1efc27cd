package app.tandem.coaching;

import app.tandem.coach.Coach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one coach of the app: immutable and thread-safe, so every request shares it. The rules
 * alone by default: on texts nobody here had seen, the semantic layer added a few points of F1
 * but doubled the false alarms on kind sentences, and costs tens of milliseconds a review and
 * 200 MB (docs/coach.md); {@code TANDEM_COACH_SEMANTIC=true} turns it on.
 */
@Configuration(proxyBeanMethods = false)
class CoachConfiguration {

    @Bean
    Coach coach(@Value("${tandem.coach.semantic:false}") boolean semantic) {
        return semantic ? Coach.standard() : Coach.rulesOnly();
    }
}
