package app.tandem.need;

import app.tandem.pause.ThreadDirectory;
import app.tandem.pause.ThreadKind;
import app.tandem.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Lets a need's conversation be paused. */
@Component
class NeedThreads implements ThreadDirectory {

    private final NeedService needs;

    NeedThreads(@org.springframework.context.annotation.Lazy NeedService needs) {
        this.needs = needs;
    }

    @Override
    public ThreadKind kind() {
        return ThreadKind.NEED;
    }

    @Override
    public boolean visibleTo(long partnerId, long threadId) {
        try {
            return needs.get(partnerId, threadId).status() != NeedStatus.DRAFT;
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public String path(long threadId) {
        return "/needs/" + threadId;
    }
}
