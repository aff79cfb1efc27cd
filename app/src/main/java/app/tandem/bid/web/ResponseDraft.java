package app.tandem.bid.web;

import app.tandem.bid.BidResponse;
import app.tandem.bid.RespondToBid;
import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;

/** A response as submitted: {@code response} is "toward", "away" (not now) or "against"; {@code text} is optional. */
public record ResponseDraft(String response, String text) {

    public ResponseDraft {
        response = response == null ? "" : response;
        text = text == null ? "" : text;
    }

    RespondToBid toCommand() {
        FieldErrors errors = new FieldErrors();
        BidResponse parsed = BidResponse.parse(response);
        if (parsed == null) {
            errors.add("response", Phrase.of("bid.error.response"));
        }
        String words = errors.text("text", Phrase.of("bid.field.text.response"), text, false);
        return errors.orThrow(() -> new RespondToBid(parsed, words));
    }
}
