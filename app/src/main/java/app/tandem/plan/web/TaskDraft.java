package app.tandem.plan.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.plan.AddTask;

/** Who does what: the task, and {@code who} is "me" or "you" (my partner). */
public record TaskDraft(String text, String who) {

    public TaskDraft {
        text = text == null ? "" : text;
        who = who == null ? "" : who.strip();
    }

    AddTask toCommand() {
        FieldErrors errors = new FieldErrors();
        String t = errors.text("task", Phrase.of("plan.field.task"), text, true);
        if (!who.equals("me") && !who.equals("you")) {
            errors.add("who", Phrase.of("plan.error.who"));
        }
        return errors.orThrow(() -> new AddTask(t, who.equals("me")));
    }
}
