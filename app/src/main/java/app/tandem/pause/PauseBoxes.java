package app.tandem.pause;

import org.springframework.stereotype.Component;

/** Builds the pause box that every conversation's page includes. */
@Component
public class PauseBoxes {

    private final PauseService pauses;
    private final CalmingSuggestions calming;

    PauseBoxes(PauseService pauses, CalmingSuggestions calming) {
        this.pauses = pauses;
        this.calming = calming;
    }

    public PauseBox of(long partnerId, ThreadKind kind, long threadId) {
        return pauses.activePause(partnerId, kind, threadId)
                .map(p -> new PauseBox(kind, threadId, p, calming.forPause(p.id())))
                .orElse(new PauseBox(kind, threadId, null, null));
    }
}
