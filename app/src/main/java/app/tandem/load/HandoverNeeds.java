package app.tandem.load;

import app.tandem.need.AnswerKind;
import app.tandem.need.NeedAnswered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to needs being answered: a yes to a need that asks for a hand-over moves the
 * item's ownership. Synchronous, so the answer and the move share one transaction.
 */
@Component
class HandoverNeeds {

    private final LoadService load;

    HandoverNeeds(LoadService load) {
        this.load = load;
    }

    @EventListener
    void on(NeedAnswered answered) {
        if (answered.kind() == AnswerKind.YES) {
            load.acceptHandoverAskedBy(answered.answeredBy(), answered.coupleId(), answered.needId());
        }
    }
}
