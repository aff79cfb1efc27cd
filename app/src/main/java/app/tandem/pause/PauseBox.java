package app.tandem.pause;

/**
 * What a conversation's page shows about pausing: the running pause (with its suggestion),
 * or the form to start one. Built by {@link PauseBoxes} for any thread.
 */
public record PauseBox(ThreadKind kind, long threadId, Pause running, String suggestion) {

    public boolean paused() {
        return running != null;
    }
}
