package app.tandem.coaching;

import app.tandem.coach.Coach;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one coach of the app: immutable and thread-safe, so every request shares it. */
@Configuration(proxyBeanMethods = false)
class CoachConfiguration {

    @Bean
    Coach coach() {
        return Coach.standard();
    }
}
