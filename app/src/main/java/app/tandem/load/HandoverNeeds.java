package app.tandem.load;

import app.tandem.need.AnswerKind;
import app.tandem.need.NeedAnswered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to needs being answered: a yes to a need that asks for a hand-over moves the item's
 * ownership. Synchronous on purpose, not an {@code @ApplicationModuleListener}: the yes and the
 * move must commit together, so that the need never says yes while the item still says it is
 * the asker's (and a failed move rolls the answer back rather than leaving them apart).
 */
@Component
class HandoverNeeds {

    private final Handovers handovers;

    HandoverNeeds(Handovers handovers) {
        this.handovers = handovers;
    }

    @EventListener
    void on(NeedAnswered answered) {
        if (answered.kind() == AnswerKind.YES) {
            handovers.acceptAskedBy(answered.answeredBy(), answered.coupleId(), answered.needId());
        }
    }
}
