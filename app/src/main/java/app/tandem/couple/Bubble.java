package app.tandem.couple;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Builds "our bubble" ({@link HomeView}) for the home page, which lives in its own module. */
@Component
public class Bubble {

    private final CoupleService couples;
    private final InviteLinks links;

    Bubble(CoupleService couples, InviteLinks links) {
        this.couples = couples;
        this.links = links;
    }

    public HomeView of(long partnerId, String displayName) {
        Optional<Couple> couple = couples.coupleOf(partnerId);
        String link = couple.flatMap(Couple::invite).map(i -> links.linkFor(i.code())).orElse("");
        Optional<Dissolution> dissolution = couple.isPresent() ? Optional.empty() : couples.unseenDissolution(partnerId);
        return new HomeView(partnerId, displayName, couple, link, dissolution);
    }
}
