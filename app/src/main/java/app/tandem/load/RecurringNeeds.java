package app.tandem.load;

import app.tandem.need.AnswerKind;
import app.tandem.need.Need;
import app.tandem.need.NeedAnswered;
import app.tandem.need.NeedService;
import app.tandem.need.RecurringNeedEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A yes to a recurring need ("cook or order in dinner one night a week") makes it a load item
 * the listener carries: the asker noticed it, the listener plans and does it. "Not any more"
 * archives it. Synchronous, like {@link HandoverNeeds}: the yes and the item commit together,
 * so the need never says yes while the load does not show who carries it.
 */
@Component
class RecurringNeeds {

    /** A first guess the couple can change on the item's page; the need does not say how long it takes. */
    static final int MINUTES = 30;

    private final NeedService needs;
    private final LoadService load;

    RecurringNeeds(NeedService needs, LoadService load) {
        this.needs = needs;
        this.load = load;
    }

    @EventListener
    void on(NeedAnswered answered) {
        if (answered.kind() != AnswerKind.YES) {
            return;
        }
        Need need = needs.get(answered.answeredBy(), answered.needId());
        if (need.recurring()) {
            load.carryRecurringNeed(answered.answeredBy(), need.askerId(), need.id(), itemTitle(need.request()),
                    cadence(need));
        }
    }

    @EventListener
    void on(RecurringNeedEnded ended) {
        load.endRecurringNeed(ended.coupleId(), ended.needId());
    }

    private static Cadence cadence(Need need) {
        return switch (need.recurrence()) {
            case DAILY -> Cadence.DAILY;
            case MONTHLY -> Cadence.MONTHLY;
            default -> Cadence.WEEKLY;
        };
    }

    /** The request, as a short name: "you to cook or order in dinner one night a week" → "Cook or order in dinner one night a week". */
    static String itemTitle(String request) {
        String title = request.strip().replaceFirst("(?i)^(you to|for you to|that you)\\s+", "")
                .replaceFirst("[\\s.!,;:]+$", "");
        if (title.isEmpty()) {
            title = request.strip();
        }
        title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        return title.length() > ItemDetails.MAX_TITLE ? title.substring(0, ItemDetails.MAX_TITLE - 1) + "…" : title;
    }
}
