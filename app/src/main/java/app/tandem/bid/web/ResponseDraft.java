package app.tandem.bid.web;

import app.tandem.bid.BidResponse;
import app.tandem.bid.RespondToBid;
import app.tandem.kernel.FieldErrors;

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
            errors.add("response", "Choose: turn toward, not now, or turn against.");
        }
        String words = errors.text("text", "Your response", text, false);
        return errors.orThrow(() -> new RespondToBid(parsed, words));
    }
}
