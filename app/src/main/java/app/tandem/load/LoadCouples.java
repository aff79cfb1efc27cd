package app.tandem.load;

import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.kernel.ConflictException;
import app.tandem.kernel.NotFoundException;
import app.tandem.kernel.Phrase;
import java.util.List;
import org.springframework.stereotype.Component;

/** The signed-in partner's couple as shared load sees it: its id, the partners by letter, and which one is me. */
@Component
class LoadCouples {

    /** The signed-in partner's couple, and which letter they are. */
    record Us(long coupleId, Owner me, List<Balance.Partner> partners) {}

    private final CoupleService couples;

    LoadCouples(CoupleService couples) {
        this.couples = couples;
    }

    Us us(long partnerId) {
        Couple couple = couples.coupleOf(partnerId).orElseThrow(() -> new NotFoundException("Couple"));
        if (!couple.complete()) {
            throw new ConflictException(Phrase.of("load.conflict.shared-load-is-for"));
        }
        List<Balance.Partner> partners = List.of(
                new Balance.Partner(Owner.A, couple.members().get(0).partnerId(), couple.members().get(0).displayName()),
                new Balance.Partner(Owner.B, couple.members().get(1).partnerId(), couple.members().get(1).displayName()));
        Owner me = partners.get(0).partnerId() == partnerId ? Owner.A : Owner.B;
        return new Us(couple.id(), me, partners);
    }
}
