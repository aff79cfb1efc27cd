package app.tandem.web;

import app.tandem.coach.Coach;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one coach every feature shares: immutable and thread-safe, its lexicon loaded once. */
@Configuration(proxyBeanMethods = false)
class CoachConfiguration {

    @Bean
    Coach coach() {
        return Coach.standard();
    }
}
