package app.tandem.coaching;

import app.tandem.coach.Coach;
import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.Review;
import app.tandem.kernel.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coach, for signed-in partners' API clients. It reviews and forgets: the text is
 * neither stored nor logged.
 */
@RestController
@RequestMapping("/api/v1/coach")
@Tag(name = "Coach", description = "Private, instant review of what a partner is about to write")
class CoachApi {

    static final int MAX_TEXT = 10_000;

    /** {@code kind} is "need" or "reply". */
    record ReviewRequest(String kind, String text) {}

    record FindingResponse(String label, int start, int end, String trigger, String explanation, String antidote) {}

    record ReviewResponse(List<String> labels, List<FindingResponse> findings, String suggestion) {
        static ReviewResponse of(Review review) {
            return new ReviewResponse(review.labels().stream().map(Label::wireName).toList(),
                    review.findings().stream().map(f -> new FindingResponse(f.label().wireName(), f.start(), f.end(),
                            f.trigger(), f.explanation(), f.antidote())).toList(),
                    review.suggestion());
        }
    }

    private final Coach coach;

    CoachApi(Coach coach) {
        this.coach = coach;
    }

    @Operation(summary = "Review a need or a reply: labels, findings with their words, and a kinder wording")
    @PostMapping
    ReviewResponse review(@RequestBody ReviewRequest request) {
        Kind kind;
        try {
            kind = Kind.parse(request.kind() == null ? "" : request.kind());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "Say what to review: \"need\" or \"reply\".");
        }
        String text = request.text();
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "Write something for the coach to read.");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "The coach reads up to " + MAX_TEXT + " characters at a time.");
        }
        return ReviewResponse.of(coach.review(kind, text));
    }
}
