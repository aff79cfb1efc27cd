package app.tandem.repair;

import app.tandem.pause.ThreadDirectory;
import app.tandem.pause.ThreadKind;
import org.springframework.stereotype.Component;

/** Lets a hurt's conversation be paused. */
@Component
class HurtThreads implements ThreadDirectory {

    private final RepairRepository repairs;

    HurtThreads(RepairRepository repairs) {
        this.repairs = repairs;
    }

    @Override
    public ThreadKind kind() {
        return ThreadKind.HURT;
    }

    @Override
    public boolean visibleTo(long coupleId, long partnerId, long threadId) {
        return repairs.hurt(coupleId, threadId).isPresent();
    }

    @Override
    public String path(long threadId) {
        return "/hurts/" + threadId;
    }
}
