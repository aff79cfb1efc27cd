package app.tandem.coaching.web;

import app.tandem.coach.Coach;
import app.tandem.coach.Kind;
import app.tandem.coach.Review;
import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.web.ReviewResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
    record ReviewDraft(String kind, String text) {

        /** What to review, and the text; every field error at once. */
        Review review(Coach coach) {
            FieldErrors errors = new FieldErrors();
            Kind parsed = parsedKind();
            if (parsed == null) {
                errors.add("kind", Phrase.of("coaching.error.kind"));
            }
            if (text == null || text.isBlank()) {
                errors.add("text", Phrase.of("coaching.error.text"));
            } else if (text.length() > MAX_TEXT) {
                errors.add("text", Phrase.of("coaching.error.text.too-long", MAX_TEXT));
            }
            return errors.orThrow(() -> coach.review(parsed, text));
        }

        private Kind parsedKind() {
            try {
                return Kind.parse(kind == null ? "" : kind);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private final Coach coach;

    CoachApi(Coach coach) {
        this.coach = coach;
    }

    @Operation(summary = "Review a need or a reply: labels, findings with their words, and a kinder wording")
    @PostMapping
    ReviewResponse review(@RequestBody ReviewDraft draft) {
        return ReviewResponse.of(draft.review(coach));
    }
}
