package app.tandem.load;

import app.tandem.kernel.Phrase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The gentle prompt for a partner who has carried at least {@link #POINTS} percentage points
 * more than their agreed share for {@link #WEEKS_IN_A_ROW} complete weeks in a row: turn the
 * imbalance into an ask instead of a grudge. It offers a prefilled need for the needs composer
 * (the feeling is left blank — it is the partner's own) and, when there is one, an item to
 * hand over. Its words are the partner's own to send, so they are in the partner's language.
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
        String most = heaviestItems.isEmpty() ? "" : Phrase.of("load.alone.mostOfAll", joined(heaviestItems)).say();
        return Phrase.of("load.alone.because", averagePercent, WEEKS_IN_A_ROW, shareAgreed ? 1 : 0, targetPercent, most)
                .say();
    }

    /** Text after "I need". */
    public String need() {
        return handOver.map(s -> Phrase.of("load.alone.need.handOver", s.phasesText(), s.title()).say())
                .orElseGet(() -> Phrase.of("load.alone.need.any").say());
    }

    /** The whole sentence, as the prompt shows it. */
    public String sentence() {
        return Phrase.of("load.alone.sentence", decapitalised(because()), need()).say();
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
        List<String> quoted = titles.stream().map(t -> Phrase.of("load.quoted", t).say()).toList();
        return quoted.size() == 1 ? quoted.get(0)
                : Phrase.of("load.and", String.join(", ", quoted.subList(0, quoted.size() - 1)),
                        quoted.get(quoted.size() - 1)).say();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
