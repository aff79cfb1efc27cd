package app.tandem.account;

import app.tandem.couple.CoupleService;
import app.tandem.partner.PartnerPrincipal;
import app.tandem.partner.PartnerService;
import app.tandem.kernel.InvalidInputException;
import java.util.List;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /**
     * Asks for the password again; then erases the partner's words, leaves the couple, deletes
     * the account, and signs out everywhere once all of it has committed. The order matters: the
     * rows the other partner may be working on are taken first and the couple's row last, as in
     * every other transaction (the revision is raised at commit), so the two never wait on each
     * other in a circle.
     */
    @Transactional(noRollbackFor = InvalidInputException.class) // a wrong password is counted, and nothing else was written
    public void delete(long partnerId, String password) {
        PartnerPrincipal partner = partners.requirePassword(partnerId, password, "password");
        List<Long> coupleIds = couples.coupleIdsEver(partnerId);
        erasure.eraseWordsOf(partnerId);
        if (couples.coupleOf(partnerId).isPresent()) {
            couples.leave(partnerId);
        }
        partners.delete(partnerId);
        erasure.dropEmpty(coupleIds);
        afterCommit(() -> sessions.findByPrincipalName(partner.getUsername()).keySet().forEach(sessions::deleteById));
    }

    /** Spring Session writes in its own transaction: ending sessions must wait until the deletion is sure. */
    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
