package app.tandem.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The gentle prompt for a partner who has carried at least {@link #POINTS} percentage points
 * more than their agreed share for {@link #WEEKS_IN_A_ROW} complete weeks in a row: turn the
 * imbalance into an ask instead of a grudge. It offers a prefilled need for the needs composer
 * (the feeling is left blank — it is the partner's own) and, when there is one, an item to
 * hand over.
 */
public record GoingItAlone(Owner carrier, List<WeekLoad> weeks, int averagePercent, int targetPercent,
        boolean shareAgreed, List<String> heaviestItems, Optional<Suggestion> handOver) {

    public static final int POINTS = 10;
    public static final int WEEKS_IN_A_ROW = 3;
    /** Where the needs composer lives; it prefills itself from these query parameters. */
    public static final String COMPOSER = "/needs/new";

    /** An item the carrier could hand over, and which of its phases. */
    public record Suggestion(long itemId, String title, List<Phase> phases) {
        public String phasesText() {
            return Phases.text(phases);
        }
    }

    /** The partner who went it alone in every one of {@code weeks} (the last complete ones), if any. */
    static Optional<Owner> carrier(List<WeekLoad> weeks, FairShare share) {
        if (weeks.size() < WEEKS_IN_A_ROW) {
            return Optional.empty();
        }
        List<WeekLoad> streak = weeks.subList(weeks.size() - WEEKS_IN_A_ROW, weeks.size());
        for (Owner partner : List.of(Owner.A, Owner.B)) {
            if (streak.stream().allMatch(w -> w.carried().over(partner, share.targetOf(partner), POINTS))) {
                return Optional.of(partner);
            }
        }
        return Optional.empty();
    }

    /** Text after "I feel": left for the partner to fill in. */
    public String feeling() {
        return "";
    }

    /** Text after "because". */
    public String because() {
        String most = heaviestItems.isEmpty() ? "" : ", most of all " + joined(heaviestItems);
        return "I've been carrying about " + averagePercent + "% of our load for " + WEEKS_IN_A_ROW
                + " weeks in a row, " + (shareAgreed ? "where we agreed on " + targetPercent + "%"
                        : "where an even split would be " + targetPercent + "%") + most + ".";
    }

    /** Text after "I need". */
    public String need() {
        return handOver.map(s -> "you to take over the " + s.phasesText() + " of \u201c" + s.title()
                        + "\u201d, starting this week.")
                .orElse("you to take over one of the things I've been carrying, starting this week.");
    }

    /** The whole sentence, as the prompt shows it. */
    public String sentence() {
        return "I feel ___ because " + decapitalised(because()) + " I need " + need();
    }

    /** The needs composer, prefilled. */
    public String composerLink() {
        return COMPOSER + "?feeling=" + encode(feeling()) + "&because=" + encode(because()) + "&need="
                + encode(need());
    }

    private static String decapitalised(String text) {
        return text.startsWith("I've") || text.startsWith("I ") ? text : Character.toLowerCase(text.charAt(0))
                + text.substring(1);
    }

    private static String joined(List<String> titles) {
        List<String> quoted = titles.stream().map(t -> "\u201c" + t + "\u201d").toList();
        return quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
