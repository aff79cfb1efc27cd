package app.tandem.coach;

import java.util.List;

/** Small helpers so that tests read like the practice: {@code labelsOf(need("…"))}. */
public final class Reviews {

    public static final Coach COACH = Coach.standard();

    private Reviews() {
    }

    public static Review need(String text) {
        return COACH.review(Kind.NEED, text);
    }

    public static Review reply(String text) {
        return COACH.review(Kind.REPLY, text);
    }

    public static List<String> labelsOf(Review review) {
        return review.labels().stream().map(Label::wireName).toList();
    }
}
