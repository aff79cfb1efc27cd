package app.tandem.repair.web;

import app.tandem.partner.PartnerPrincipal;
import app.tandem.repair.Hurt;
import app.tandem.repair.Reminder;
import app.tandem.repair.RepairService;
import app.tandem.repair.StarterPhrases;
import app.tandem.web.ReviewResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Hurts, repairs and reminders, for API clients: every action the pages offer, with the same inputs. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Repair", description = "Naming a hurt, repairing it, and reminders of the agreement")
class RepairApi {

    record AttemptResponse(long id, long madeBy, String acknowledge, String apologise, String willDo,
            List<String> coachLabels, String status, String stillNeeded, Instant createdAt, Instant answeredAt) {}

    /** {@code stage}: "open" (waiting for a repair), "repair_offered" or "repaired". */
    record HurtResponse(long id, long namedBy, String subject, Long subjectId, String whatHappened, String howIFelt,
            String commitment, String message, List<String> coachLabels, String status, String stage,
            Instant createdAt, Instant repairedAt, Long secondsToRepair, List<AttemptResponse> attempts) {}

    record ReminderResponse(long id, long sentBy, Long needId, String commitment, String message,
            List<String> coachLabels, Instant createdAt, Instant acknowledgedAt) {}

    private final RepairService repairs;
    private final StarterPhrases phrases;

    RepairApi(RepairService repairs, StarterPhrases phrases) {
        this.repairs = repairs;
        this.phrases = phrases;
    }

    @Operation(summary = "Name a hurt: subject \"need\", \"bid\" or \"none\" (default); quote a commitment in force to invoke it")
    @PostMapping("/hurts")
    @ResponseStatus(HttpStatus.CREATED)
    HurtResponse name(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody HurtDraft draft) {
        return response(repairs.nameHurt(me.id(), draft.toCommand(repairs.quotable(me.id()))));
    }

    @Operation(summary = "Open hurts first, then recent ones")
    @GetMapping("/hurts")
    List<HurtResponse> hurts(@AuthenticationPrincipal PartnerPrincipal me) {
        return repairs.recentHurts(me.id()).stream().map(RepairApi::response).toList();
    }

    @Operation(summary = "One hurt with its repair attempts")
    @GetMapping("/hurts/{id}")
    HurtResponse hurt(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return response(repairs.hurt(me.id(), id));
    }

    @Operation(summary = "Starter phrases for a repair attempt, by field")
    @GetMapping("/hurts/starter-phrases")
    Map<String, List<String>> starterPhrases() {
        return phrases.all();
    }

    @Operation(summary = "The coach's review of a hurt being written (nothing is stored)")
    @PostMapping("/hurts/review")
    ReviewResponse reviewHurt(@RequestBody HurtDraft draft) {
        return ReviewResponse.of(repairs.reviewHurt(draft.whatHappened(), draft.howIFelt()));
    }

    @Operation(summary = "Make a repair attempt (the partner who did not name the hurt)")
    @PostMapping("/hurts/{id}/repairs")
    @ResponseStatus(HttpStatus.CREATED)
    HurtResponse repair(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody RepairDraft draft) {
        return response(repairs.repair(me.id(), id, draft.toCommand()));
    }

    @Operation(summary = "The coach's review of a repair attempt being written, on a hurt of ours (nothing is stored)")
    @PostMapping("/hurts/{id}/repairs/review")
    ReviewResponse reviewRepair(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody RepairDraft draft) {
        repairs.hurt(me.id(), id);
        return ReviewResponse.of(repairs.reviewRepair(draft.forCoach()));
    }

    @Operation(summary = "Accept the waiting repair attempt (the hurt partner)")
    @PostMapping("/hurts/{id}/acceptance")
    HurtResponse accept(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return response(repairs.accept(me.id(), id));
    }

    @Operation(summary = "Say what is still needed (the hurt partner)")
    @PostMapping("/hurts/{id}/not-yet")
    HurtResponse notYet(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody StillNeededDraft draft) {
        return response(repairs.notYet(me.id(), id, draft.toText()));
    }

    @Operation(summary = "Send a reminder that quotes a commitment in force")
    @PostMapping("/reminders")
    @ResponseStatus(HttpStatus.CREATED)
    ReminderResponse remind(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody ReminderDraft draft) {
        return response(repairs.remind(me.id(), draft.toCommand(repairs.quotableForReminder(me.id()))));
    }

    @Operation(summary = "The coach's review of a reminder being written (nothing is stored)")
    @PostMapping("/reminders/review")
    ReviewResponse reviewReminder(@RequestBody ReminderDraft draft) {
        return ReviewResponse.of(repairs.reviewReminder(draft.message()));
    }

    @Operation(summary = "Recent reminders")
    @GetMapping("/reminders")
    List<ReminderResponse> reminders(@AuthenticationPrincipal PartnerPrincipal me) {
        return repairs.recentReminders(me.id()).stream().map(RepairApi::response).toList();
    }

    @Operation(summary = "Say \"I hear you\" to a reminder (the reminded partner)")
    @PostMapping("/reminders/{id}/acknowledgement")
    ReminderResponse acknowledge(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return response(repairs.acknowledge(me.id(), id));
    }

    private static HurtResponse response(Hurt h) {
        return new HurtResponse(h.id(), h.namedBy(), h.subjectKind().wireName(), h.subjectId(), h.whatHappened(),
                h.howIFelt(), h.commitment(), h.message(), h.coachLabels(), h.status().wireName(),
                h.stage().wireName(), h.createdAt(), h.repairedAt(),
                h.timeToRepair().map(Duration::toSeconds).orElse(null),
                h.attempts().stream().map(a -> new AttemptResponse(a.id(), a.madeBy(), a.acknowledge(), a.apologise(),
                        a.willDo(), a.coachLabels(), a.status().wireName(), a.stillNeeded(), a.createdAt(),
                        a.answeredAt())).toList());
    }

    private static ReminderResponse response(Reminder r) {
        return new ReminderResponse(r.id(), r.sentBy(), r.needId(), r.commitment(), r.message(), r.coachLabels(),
                r.createdAt(), r.acknowledgedAt());
    }
}
