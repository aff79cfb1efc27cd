package app.tandem.need;

import app.tandem.pause.ThreadDirectory;
import app.tandem.pause.ThreadKind;
import org.springframework.stereotype.Component;

/** Lets a need's conversation be paused, once it is sent: a draft is its author's alone. */
@Component
class NeedThreads implements ThreadDirectory {

    private final NeedRepository needs;

    NeedThreads(NeedRepository needs) {
        this.needs = needs;
    }

    @Override
    public ThreadKind kind() {
        return ThreadKind.NEED;
    }

    @Override
    public boolean visibleTo(long coupleId, long partnerId, long threadId) {
        return needs.find(threadId, coupleId).filter(n -> n.status() != NeedStatus.DRAFT).isPresent();
    }

    @Override
    public String path(long threadId) {
        return "/needs/" + threadId;
    }
}
