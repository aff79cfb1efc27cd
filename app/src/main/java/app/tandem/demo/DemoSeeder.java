package app.tandem.demo;

import app.tandem.couple.CoupleService;
import app.tandem.partner.Partner;
import app.tandem.partner.PartnerService;
import app.tandem.partner.SignUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code --tandem.demo=true} (or TANDEM_DEMO=true), seeds a demo couple so a newcomer
 * sees a lived-in app. Runs once: a second start finds the partners already there.
 */
@Component
@ConditionalOnProperty(name = "tandem.demo", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

    static final String PASSWORD = "tandem-demo-together";
    static final String ALEX = "alex@demo.tandem.local";
    static final String SAM = "sam@demo.tandem.local";
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final PartnerService partners;
    private final CoupleService couples;

    DemoSeeder(PartnerService partners, CoupleService couples) {
        this.partners = partners;
        this.couples = couples;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (partners.findByEmail(ALEX).isPresent()) {
            log.info("Demo couple already seeded; sign in as {} or {}", ALEX, SAM);
            return;
        }
        Partner alex = partners.signUp(new SignUp(ALEX, "Alex", PASSWORD));
        Partner sam = partners.signUp(new SignUp(SAM, "Sam", PASSWORD));
        var couple = couples.create(alex.id());
        couples.join(sam.id(), couple.invite().orElseThrow().code());
        log.info("Seeded the demo couple: sign in as {} or {} with the password {}", ALEX, SAM, PASSWORD);
    }
}
