package app.tandem.web;

import app.tandem.coach.Finding;
import app.tandem.coach.Label;
import app.tandem.coach.Review;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The coach's review as every API endpoint answers it: labels, findings with their words, a kinder wording. */
public record ReviewResponse(List<String> labels, List<FindingResponse> findings, String suggestion) {

    /** {@code layer}: which of the coach's layers found it, "rules" or "semantic" (docs/coach.md). */
    public record FindingResponse(String label, int start, int end, String trigger, String explanation,
            String antidote,
            @Schema(description = "Which layer of the coach found it", allowableValues = {"rules", "semantic"})
            String layer) {}

    public static ReviewResponse of(Review review) {
        return new ReviewResponse(review.labels().stream().map(Label::wireName).toList(),
                review.findings().stream().map(ReviewResponse::finding).toList(), review.suggestion());
    }

    private static FindingResponse finding(Finding f) {
        return new FindingResponse(f.label().wireName(), f.start(), f.end(), f.trigger(), f.explanation(),
                f.antidote(), f.layer().wireName());
    }
}
