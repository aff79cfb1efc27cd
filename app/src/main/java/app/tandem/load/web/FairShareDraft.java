package app.tandem.load.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.load.ProposeFairShare;

/** A split as proposed: {@code myPercent} is the proposer's own share, a whole percent, as typed. */
public record FairShareDraft(String myPercent) {

    public FairShareDraft {
        myPercent = ItemDraft.orEmpty(myPercent);
    }

    ProposeFairShare toCommand() {
        FieldErrors errors = new FieldErrors();
        Integer percent = ItemDraft.number(myPercent, 0, 100);
        if (percent == null) {
            errors.add("myPercent", Phrase.of("load.error.my-percent"));
        }
        return errors.orThrow(() -> new ProposeFairShare(percent));
    }
}
