package app.tandem.need;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.NotFoundException;
import app.tandem.kernel.Phrase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An ask in three parts — "I feel {@code feeling} because {@code because}, and I need
 * {@code request}" — with its optional when, the listener's reflections, their answer, and
 * the asker's follow-through. {@code coachLabels} are the coach's labels on the text as sent.
 */
public record Need(long id, long coupleId, long askerId, NeedStatus status, String feeling, String because,
        String request, When when, List<String> coachLabels, Instant createdAt, Instant updatedAt, Instant sentAt,
        Optional<Answer> answer, Instant followedUpAt, String thanks, List<Reflection> reflections,
        Recurrence recurrence, List<Occurrence> occurrences) {

    public boolean askedBy(long partnerId) {
        return askerId == partnerId;
    }

    Need withReflections(List<Reflection> all) {
        return new Need(id, coupleId, askerId, status, feeling, because, request, when, coachLabels, createdAt, updatedAt,
                sentAt, answer, followedUpAt, thanks, List.copyOf(all), recurrence, occurrences);
    }

    Need withOccurrences(List<Occurrence> marked) {
        return new Need(id, coupleId, askerId, status, feeling, because, request, when, coachLabels, createdAt, updatedAt,
                sentAt, answer, followedUpAt, thanks, reflections, recurrence, List.copyOf(marked));
    }

    public boolean recurring() {
        return recurrence.recurring();
    }

    /** Which occurrence the asker is asked about next (1-based), while it is among the first followed ones. */
    public Optional<Integer> nextOccurrence() {
        int next = occurrences.size() + 1;
        return recurring() && next <= Recurrence.FOLLOWED_OCCURRENCES ? Optional.of(next) : Optional.empty();
    }

    /** The reflection waiting for the asker, if any. */
    public Optional<Reflection> pendingReflection() {
        return reflections.isEmpty() ? Optional.empty()
                : Optional.of(reflections.get(reflections.size() - 1)).filter(Reflection::pending);
    }

    /** A draft is its author's alone: to anyone else it does not exist. */
    boolean visibleTo(long partnerId) {
        return status != NeedStatus.DRAFT || askedBy(partnerId);
    }

    /**
     * The status {@code action} by {@code partnerId} leads to, or why not: 404 for the wrong
     * partner, 409 for the wrong time.
     */
    NeedStatus check(NeedAction action, long partnerId) {
        if (!visibleTo(partnerId) || !rightPartnerFor(action, partnerId)) {
            throw new NotFoundException("Need");
        }
        if (!action.allowedIn(status)) {
            throw new ConflictException(action.whyNot(status));
        }
        if (action == NeedAction.THANK && thanks != null) {
            throw new ConflictException(Phrase.of("need.conflict.you-have-already-thanked"));
        }
        Phrase notForThisKind = notForThisKind(action);
        if (notForThisKind != null) {
            throw new ConflictException(notForThisKind);
        }
        return action.leadsTo().orElse(status);
    }

    /**
     * A recurring need is followed per occurrence and ended, never met once; a one-off is the
     * other way round. Null when the action fits this need.
     */
    private Phrase notForThisKind(NeedAction action) {
        boolean perOccurrence = action == NeedAction.MARK_OCCURRENCE || action == NeedAction.END;
        boolean once = action == NeedAction.MARK_MET || action == NeedAction.MARK_MISSED;
        if (perOccurrence && !recurring()) {
            return Phrase.of("need.conflict.asks-once");
        }
        if (once && recurring() && status == NeedStatus.ANSWERED_YES) {
            return Phrase.of("need.conflict.recurs");
        }
        if (action == NeedAction.MARK_OCCURRENCE && nextOccurrence().isEmpty()) {
            return Phrase.of("need.conflict.followed-enough", Recurrence.FOLLOWED_OCCURRENCES);
        }
        return null;
    }

    /** Whether {@code partnerId} may take {@code action} now: what the page offers. */
    public boolean can(NeedAction action, long partnerId) {
        return visibleTo(partnerId) && rightPartnerFor(action, partnerId) && action.allowedIn(status)
                && !(action == NeedAction.THANK && thanks != null) && notForThisKind(action) == null;
    }

    private boolean rightPartnerFor(NeedAction action, long partnerId) {
        return action.role() == NeedAction.Role.ASKER ? askedBy(partnerId) : !askedBy(partnerId);
    }
}
