package app.tandem.repair;

import app.tandem.partner.PartnerPrincipal;
import app.tandem.kernel.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** Hurts, repairs and reminders, for API clients. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Repair", description = "Naming a hurt, repairing it, and reminders of the agreement")
class RepairApi {

    /** {@code subject}: "need", "bid" or "none" (default); {@code commitment}: quote one in force to invoke it. */
    record HurtRequest(String subject, Long subjectId, String whatHappened, String howIFelt, String commitment) {}

    record AttemptResponse(long id, long madeBy, String acknowledge, String apologise, String willDo,
            List<String> coachLabels, String status, String stillNeeded, Instant createdAt, Instant answeredAt) {}

    record HurtResponse(long id, long namedBy, String subject, Long subjectId, String whatHappened, String howIFelt,
            String commitment, String message, List<String> coachLabels, String status, Instant createdAt,
            Instant repairedAt, Long secondsToRepair, List<AttemptResponse> attempts) {}

    record RepairRequest(String acknowledge, String apologise, String willDo) {}

    record NotYetRequest(String stillNeeded) {}

    record ReminderRequest(Long needId, String commitment, String message) {}

    record ReminderResponse(long id, long sentBy, Long needId, String commitment, String message,
            List<String> coachLabels, Instant createdAt, Instant acknowledgedAt) {}

    private final RepairService repairs;
    private final StarterPhrases phrases;

    RepairApi(RepairService repairs, StarterPhrases phrases) {
        this.repairs = repairs;
        this.phrases = phrases;
    }

    @Operation(summary = "Name a hurt, optionally about a need or bid and invoking a commitment")
    @PostMapping("/hurts")
    @ResponseStatus(HttpStatus.CREATED)
    HurtResponse name(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody HurtRequest request) {
        SubjectKind kind = SubjectKind.parse(request.subject());
        if (kind == null) {
            throw new InvalidInputException("subject", "A hurt is about a \"need\", a \"bid\", or \"none\".");
        }
        return response(repairs.nameHurt(me.id(), new HurtText(kind, request.subjectId(), request.whatHappened(),
                request.howIFelt(), request.commitment())));
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

    @Operation(summary = "Make a repair attempt (the partner who did not name the hurt)")
    @PostMapping("/hurts/{id}/repairs")
    @ResponseStatus(HttpStatus.CREATED)
    HurtResponse repair(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody RepairRequest request) {
        return response(repairs.repair(me.id(), id, new RepairText(request.acknowledge(), request.apologise(),
                request.willDo())));
    }

    @Operation(summary = "Accept the waiting repair attempt (the hurt partner)")
    @PostMapping("/hurts/{id}/acceptance")
    HurtResponse accept(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id) {
        return response(repairs.accept(me.id(), id));
    }

    @Operation(summary = "Say what is still needed (the hurt partner)")
    @PostMapping("/hurts/{id}/not-yet")
    HurtResponse notYet(@AuthenticationPrincipal PartnerPrincipal me, @PathVariable long id,
            @RequestBody NotYetRequest request) {
        return response(repairs.notYet(me.id(), id, request.stillNeeded()));
    }

    @Operation(summary = "Send a reminder that quotes a commitment in force")
    @PostMapping("/reminders")
    @ResponseStatus(HttpStatus.CREATED)
    ReminderResponse remind(@AuthenticationPrincipal PartnerPrincipal me, @RequestBody ReminderRequest request) {
        return response(repairs.remind(me.id(), request.needId(), request.commitment(), request.message()));
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
                h.howIFelt(), h.commitment(), h.message(), h.coachLabels(), h.status().name().toLowerCase(),
                h.createdAt(), h.repairedAt(), h.timeToRepair().map(d -> d.toSeconds()).orElse(null),
                h.attempts().stream().map(a -> new AttemptResponse(a.id(), a.madeBy(), a.acknowledge(), a.apologise(),
                        a.willDo(), a.coachLabels(), a.status().name().toLowerCase(), a.stillNeeded(), a.createdAt(),
                        a.answeredAt())).toList());
    }

    private static ReminderResponse response(Reminder r) {
        return new ReminderResponse(r.id(), r.sentBy(), r.needId(), r.commitment(), r.message(), r.coachLabels(),
                r.createdAt(), r.acknowledgedAt());
    }
}
