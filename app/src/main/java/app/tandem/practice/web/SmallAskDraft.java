package app.tandem.practice.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.practice.SmallAsk;
import java.util.Locale;

/** A small ask as submitted: its words (from the library or my own) and "bid" or "need". */
public record SmallAskDraft(String text, String as) {

    public SmallAskDraft {
        text = text == null ? "" : text;
        as = as == null ? "" : as;
    }

    /** A small ask is one line, like a bid. */
    SmallAsk toCommand() {
        FieldErrors errors = new FieldErrors();
        String line = errors.text("text", Phrase.of("practice.field.text.your-small-ask"), text.replaceAll("\\s+", " "), true);
        SmallAsk.SendAs sendAs = switch (as.strip().toLowerCase(Locale.ROOT)) {
            case "bid" -> SmallAsk.SendAs.BID;
            case "need" -> SmallAsk.SendAs.NEED;
            default -> null;
        };
        if (sendAs == null) {
            errors.add("as", Phrase.of("practice.error.as"));
        }
        return errors.orThrow(() -> new SmallAsk(line, sendAs));
    }
}
