package app.tandem.repair.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.repair.HurtText;
import app.tandem.repair.Quotable;
import app.tandem.repair.SubjectKind;

/**
 * A hurt as written, on the page and in the API alike. {@code subject} is "need", "bid" or "none"
 * (the default); {@code commitment} quotes one in force to invoke it, or is empty.
 */
public record HurtDraft(String subject, Long subjectId, String whatHappened, String howIFelt, String commitment) {

    public HurtDraft {
        subject = subject == null ? "" : subject;
        whatHappened = whatHappened == null ? "" : whatHappened;
        howIFelt = howIFelt == null ? "" : howIFelt;
        commitment = commitment == null ? "" : commitment;
    }

    static HurtDraft about(String subject, Long subjectId) {
        return new HurtDraft(subject, subjectId, "", "", "");
    }

    /** Every field checked, all at once; the commitment against the agreement in force. */
    HurtText toCommand(Quotable quotable) {
        FieldErrors errors = new FieldErrors();
        SubjectKind kind = SubjectKind.parse(subject);
        if (kind == null) {
            errors.add("subject", Phrase.of("repair.error.subject"));
        } else if (kind != SubjectKind.NONE && subjectId == null) {
            errors.add("subject", Phrase.of("repair.error.subject.which." + kind.wireName()));
        }
        String what = errors.text("whatHappened", Phrase.of("repair.field.what-happened"), whatHappened, true);
        String felt = errors.text("howIFelt", Phrase.of("repair.field.how-ifelt"), howIFelt, true);
        String quoted = quotable.quote(errors, commitment, false);
        return errors.orThrow(() -> new HurtText(kind, kind == SubjectKind.NONE ? null : subjectId, what, felt, quoted));
    }

    /** The text the coach reads, as typed. */
    String forCoach() {
        return (whatHappened.strip() + " " + howIFelt.strip()).strip();
    }
}
