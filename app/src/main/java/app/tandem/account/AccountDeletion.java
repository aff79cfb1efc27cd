package app.tandem.account;

import app.tandem.couple.CoupleService;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.partner.PartnerService;
import java.util.List;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deleting an account, all in one transaction: it happens whole or not at all. */
@Service
public class AccountDeletion {

    private final PartnerService partners;
    private final CoupleService couples;
    private final AccountErasure erasure;
    private final FindByIndexNameSessionRepository<?> sessions;

    AccountDeletion(PartnerService partners, CoupleService couples, AccountErasure erasure,
            FindByIndexNameSessionRepository<?> sessions) {
        this.partners = partners;
        this.couples = couples;
        this.erasure = erasure;
        this.sessions = sessions;
    }

    /** Asks for the password again; then leaves the couple, erases the partner's words, and signs out everywhere. */
    @Transactional
    public void delete(long partnerId, String password) {
        PartnerPrincipal partner = partners.requirePassword(partnerId, password, "password");
        if (couples.coupleOf(partnerId).isPresent()) {
            couples.leave(partnerId);
        }
        List<Long> coupleIds = erasure.couplesOf(partnerId);
        erasure.eraseWordsOf(partnerId);
        partners.delete(partnerId);
        erasure.dropEmpty(coupleIds);
        sessions.findByPrincipalName(partner.getUsername()).keySet().forEach(sessions::deleteById);
    }
}
