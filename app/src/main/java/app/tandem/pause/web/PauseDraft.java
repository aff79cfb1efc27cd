package app.tandem.pause.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.pause.TakePause;
import app.tandem.pause.ThreadKind;

/**
 * A pause as asked for, by the pause box on a conversation's page and in the API alike:
 * {@code thread} is "need", "bid" or "hurt"; {@code minutes} 5 to 1440, 20 if absent.
 */
public record PauseDraft(String thread, Long threadId, Integer minutes) {

    public PauseDraft {
        thread = thread == null ? "" : thread;
    }

    TakePause toCommand() {
        FieldErrors errors = new FieldErrors();
        ThreadKind kind = ThreadKind.parse(thread);
        if (kind == null || threadId == null) {
            errors.add("thread", Phrase.of("pause.error.thread"));
        }
        int length = minutes == null ? TakePause.DEFAULT_MINUTES : minutes;
        if (length < TakePause.MIN_MINUTES || length > TakePause.MAX_MINUTES) {
            errors.add("minutes", Phrase.of("pause.error.minutes", TakePause.MIN_MINUTES));
        }
        return errors.orThrow(() -> new TakePause(kind, threadId, length));
    }

    /** The conversation it is about, if it names one. */
    ThreadKind kind() {
        return ThreadKind.parse(thread);
    }
}
