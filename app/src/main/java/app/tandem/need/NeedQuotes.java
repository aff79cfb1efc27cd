package app.tandem.need;

import app.tandem.notification.ThreadQuotes;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A need's own sentence, for a partner who reads it in their e-mail by choice. */
@Component
class NeedQuotes implements ThreadQuotes {

    private final NeedRepository needs;

    NeedQuotes(NeedRepository needs) {
        this.needs = needs;
    }

    @Override
    public String pathPrefix() {
        return "/needs/";
    }

    @Override
    public Optional<String> quote(long coupleId, long threadId) {
        return needs.find(threadId, coupleId).filter(need -> need.status() != NeedStatus.DRAFT)
                .map(need -> "I feel " + bare(need.feeling()) + " because " + bare(need.because()) + ", and I need "
                        + need.request());
    }

    /** A part may end with its own full stop; the sentence goes on after it. */
    private static String bare(String part) {
        return part.strip().replaceAll("[.!?,;:]+$", "");
    }
}
