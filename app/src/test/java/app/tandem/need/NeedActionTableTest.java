package app.tandem.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.NotFoundException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The need's state table, without Spring or a database: every action in every status, for both
 * partners. {@code NeedStateMachineTest} is the same contract over HTTP.
 */
class NeedActionTableTest {

    private static final long ASKER = 1;
    private static final long LISTENER = 2;

    /** The loop as the practice has it: the one status each action is taken from, and where it leads. */
    private static final Map<NeedAction, List<NeedStatus>> FROM_TO = Map.ofEntries(
            Map.entry(NeedAction.SEND, List.of(NeedStatus.DRAFT, NeedStatus.SENT)),
            Map.entry(NeedAction.REFLECT, List.of(NeedStatus.SENT, NeedStatus.REFLECTED)),
            Map.entry(NeedAction.CONFIRM, List.of(NeedStatus.REFLECTED, NeedStatus.HEARD)),
            Map.entry(NeedAction.CLARIFY, List.of(NeedStatus.REFLECTED, NeedStatus.SENT)),
            Map.entry(NeedAction.ANSWER_YES, List.of(NeedStatus.HEARD, NeedStatus.ANSWERED_YES)),
            Map.entry(NeedAction.ANSWER_OTHER_WAY, List.of(NeedStatus.HEARD, NeedStatus.ANSWERED_OTHER_WAY)),
            Map.entry(NeedAction.ANSWER_NOT_NOW, List.of(NeedStatus.HEARD, NeedStatus.ANSWERED_NOT_NOW)),
            Map.entry(NeedAction.MARK_MET, List.of(NeedStatus.ANSWERED_YES, NeedStatus.MET)),
            Map.entry(NeedAction.MARK_MISSED, List.of(NeedStatus.ANSWERED_OTHER_WAY, NeedStatus.MISSED)),
            Map.entry(NeedAction.THANK, List.of(NeedStatus.MET, NeedStatus.MET)),
            Map.entry(NeedAction.MARK_OCCURRENCE, List.of(NeedStatus.ANSWERED_YES, NeedStatus.ANSWERED_YES)),
            Map.entry(NeedAction.END, List.of(NeedStatus.ANSWERED_YES, NeedStatus.ENDED)),
            Map.entry(NeedAction.EDIT, List.of(NeedStatus.DRAFT, NeedStatus.DRAFT)));

    @Test
    void eachStepOfTheLoopLeadsWhereThePracticeSays() {
        FROM_TO.forEach((action, fromTo) -> {
            long actor = action.role() == NeedAction.Role.ASKER ? ASKER : LISTENER;
            assertThat(needFor(action, fromTo.get(0)).check(action, actor)).as(action.name()).isEqualTo(fromTo.get(1));
        });
        assertThat(NeedAction.DISCARD.leadsTo()).isEqualTo(Optional.empty());
    }

    @Test
    void afterNotNowTheListenerAnswersAgain() {
        for (AnswerKind kind : AnswerKind.values()) {
            assertThat(need(NeedStatus.ANSWERED_NOT_NOW, null).check(kind.action(), LISTENER))
                    .isEqualTo(kind.action().leadsTo().orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(NeedAction.class)
    void theOtherPartnerIsToldNotFoundAndTheRightOneAtTheWrongTimeWhyNot(NeedAction action) {
        long actor = action.role() == NeedAction.Role.ASKER ? ASKER : LISTENER;
        long other = actor == ASKER ? LISTENER : ASKER;
        for (NeedStatus status : NeedStatus.values()) {
            Need need = needFor(action, status);
            if (status != NeedStatus.DRAFT || other == ASKER) {
                assertThatThrownBy(() -> need.check(action, other)).isInstanceOf(NotFoundException.class);
            }
            if (action.allowedIn(status)) {
                assertThat(need.can(action, actor)).isTrue();
            } else if (need.visibleTo(actor)) {
                assertThatThrownBy(() -> need.check(action, actor)).isInstanceOf(ConflictException.class)
                        .hasMessageStartingWith("You cannot ");
                assertThat(need.can(action, actor)).isFalse();
            }
        }
    }

    @Test
    void aDraftIsItsAuthorsAloneAndSettledNeedsTakeNothingButOneThankYou() {
        assertThat(need(NeedStatus.DRAFT, null).visibleTo(LISTENER)).isFalse();
        EnumSet<NeedAction> afterMet = EnumSet.noneOf(NeedAction.class);
        for (NeedAction action : NeedAction.values()) {
            if (action.allowedIn(NeedStatus.MET) || action.allowedIn(NeedStatus.MISSED) || action.allowedIn(NeedStatus.ENDED)) {
                afterMet.add(action);
            }
        }
        assertThat(afterMet).containsExactly(NeedAction.THANK);
        assertThatThrownBy(() -> need(NeedStatus.MET, "Thank you!").check(NeedAction.THANK, ASKER))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already thanked");
        assertThat(need(NeedStatus.MET, "Thank you!").can(NeedAction.THANK, ASKER)).isFalse();
    }

    @Test
    void theAskersTurnIsToConfirmAndToMarkTheFollowThrough() {
        assertThat(EnumSet.allOf(NeedStatus.class).stream().filter(NeedStatus::askersTurn))
                .containsExactlyInAnyOrder(NeedStatus.REFLECTED, NeedStatus.ANSWERED_YES, NeedStatus.ANSWERED_OTHER_WAY);
    }

    @Test
    void aRecurringNeedIsFollowedPerOccurrenceForTheFirstTimesAndEndedNeverMetOnce() {
        Need weekly = recurring(NeedStatus.ANSWERED_YES, 0);
        assertThat(weekly.nextOccurrence()).contains(1);
        assertThat(weekly.can(NeedAction.MARK_MET, ASKER)).isFalse();
        assertThatThrownBy(() -> weekly.check(NeedAction.MARK_MISSED, ASKER)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not any more");
        assertThatThrownBy(() -> need(NeedStatus.ANSWERED_YES, null).check(NeedAction.MARK_OCCURRENCE, ASKER))
                .isInstanceOf(ConflictException.class).hasMessageContaining("asks once");
        assertThatThrownBy(() -> need(NeedStatus.ANSWERED_YES, null).check(NeedAction.END, ASKER))
                .isInstanceOf(ConflictException.class);

        Need followed = recurring(NeedStatus.ANSWERED_YES, Recurrence.FOLLOWED_OCCURRENCES);
        assertThat(followed.nextOccurrence()).isEmpty();
        assertThatThrownBy(() -> followed.check(NeedAction.MARK_OCCURRENCE, ASKER))
                .isInstanceOf(ConflictException.class).hasMessageContaining("part of your load");
        assertThat(followed.check(NeedAction.END, ASKER)).isEqualTo(NeedStatus.ENDED);
        assertThat(recurring(NeedStatus.ANSWERED_OTHER_WAY, 0).can(NeedAction.MARK_MET, ASKER))
                .as("another way is a one-off offer, met or missed once").isTrue();
        assertThat(NeedStatus.ENDED.settled()).isTrue();
    }

    /** Per-occurrence actions are asked of a recurring need, the others of a one-off. */
    private static Need needFor(NeedAction action, NeedStatus status) {
        return action == NeedAction.MARK_OCCURRENCE || action == NeedAction.END ? recurring(status, 0)
                : need(status, null);
    }

    private static Need need(NeedStatus status, String thanks) {
        return new Need(9, 4, ASKER, status, "tired", "the week", "you to cook", When.UNSAID, List.of(), Instant.EPOCH,
                Instant.EPOCH, null, Optional.empty(), null, thanks, List.of(), Recurrence.ONCE, List.of());
    }

    private static Need recurring(NeedStatus status, int marked) {
        List<Occurrence> occurrences = java.util.stream.IntStream.rangeClosed(1, marked)
                .mapToObj(n -> new Occurrence(n, FollowThrough.MET, Instant.EPOCH)).toList();
        return new Need(9, 4, ASKER, status, "tired", "the week", "you to cook dinner one night a week", When.UNSAID,
                List.of(), Instant.EPOCH, Instant.EPOCH, null, Optional.empty(), null, null, List.of(),
                Recurrence.WEEKLY, occurrences);
    }
}
