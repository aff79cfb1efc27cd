package app.tandem.repair;

import app.tandem.pause.ThreadDirectory;
import app.tandem.pause.ThreadKind;
import app.tandem.web.NotFoundException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Lets a hurt's conversation be paused. */
@Component
class HurtThreads implements ThreadDirectory {

    private final RepairService repairs;

    HurtThreads(@Lazy RepairService repairs) {
        this.repairs = repairs;
    }

    @Override
    public ThreadKind kind() {
        return ThreadKind.HURT;
    }

    @Override
    public boolean visibleTo(long partnerId, long threadId) {
        try {
            repairs.hurt(partnerId, threadId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public String path(long threadId) {
        return "/hurts/" + threadId;
    }
}
