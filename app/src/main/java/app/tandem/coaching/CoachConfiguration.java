package app.tandem.coaching;

import app.tandem.coach.Coach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one coach of the app: immutable and thread-safe, so every request shares it. The rules
 * alone by default: on texts nobody here had seen, the semantic layer (two sentence models)
 * raises macro F1 from 0.69 to 0.78 at the rules' own false-alarm rate (2.3 %; 2.8 % against
 * 1.9 % on the other writers' held-out texts), yet still misses half the contempt and
 * dismissal, and costs some 2 s at start, 170 MB and about 18 ms a live review
 * (docs/coach.md); {@code TANDEM_COACH_SEMANTIC=true} turns it on.
 */
@Configuration(proxyBeanMethods = false)
class CoachConfiguration {

    @Bean
    Coach coach(@Value("${tandem.coach.semantic:false}") boolean semantic) {
        return semantic ? Coach.standard() : Coach.rulesOnly();
    }
}
