package app.tandem.notification;

import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds, for the entries of one delivery, the words their threads opened with. */
@Component
class Quotes {

    private final List<ThreadQuotes> features;
    private final CoupleService couples;

    Quotes(List<ThreadQuotes> features, CoupleService couples) {
        this.features = features;
        this.couples = couples;
    }

    /** By thread path; only threads of the recipient's own couple are read. */
    Map<String, String> of(long recipientId, List<Notification> entries) {
        Optional<Long> couple = couples.coupleOf(recipientId).map(Couple::id);
        Map<String, String> quotes = new LinkedHashMap<>();
        if (couple.isEmpty()) {
            return quotes;
        }
        for (Notification entry : entries) {
            quote(couple.get(), entry.threadPath()).ifPresent(words -> quotes.put(entry.threadPath(), words));
        }
        return quotes;
    }

    private Optional<String> quote(long coupleId, String path) {
        for (ThreadQuotes feature : features) {
            if (path.startsWith(feature.pathPrefix())) {
                String rest = path.substring(feature.pathPrefix().length());
                String id = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
                return id.matches("\\d{1,18}") ? feature.quote(coupleId, Long.parseLong(id)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
