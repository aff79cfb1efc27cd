package app.tandem.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The templates a plan starts from: a name, a title to change, and agreements suggested for that
 * kind of event, on top of the starter set every plan is offered ({@link #STARTERS}). Each is a
 * suggestion in the couple's own words: the page offers it in a field they can rewrite.
 */
public enum PlanKind {
    FAMILY_GATHERING("A family gathering", "The family party",
            List.of("We don't get drawn into the old argument; either of us can change the subject.")),
    WORK_PARTY("A work party", "The work party",
            List.of("We introduce each other and keep each other in the conversation.")),
    MEDICAL_APPOINTMENT("A medical appointment", "The appointment",
            List.of("One of us takes notes so the other can listen.", "We have a quiet half hour after it.")),
    TRIP("A trip", "The trip",
            List.of("We each get an hour to ourselves every day.", "We decide the day's plan together at breakfast.")),
    MOVE("A move", "The move",
            List.of("We stop for a proper meal together every day.", "Each of us can call a break.")),
    IN_LAWS_HOLIDAYS("Holidays with the in-laws", "The holidays with the family",
            List.of("Each of us speaks up for the other with our own family.", "We take a walk, just the two of us, every day.")),
    EX_OR_CO_PARENT("A first meeting with an ex or a co-parent", "Meeting my ex",
            List.of("We agree beforehand what we will and won't talk about.", "We keep it short: an hour at most.")),
    OTHER("Something else", "Our event", List.of());

    /** Offered in every plan; the couple rewrites them as they like. */
    public static final List<String> STARTERS = List.of(
            "We arrive together.",
            "We check in with each other every hour.",
            "Either of us can leave by a time we set.",
            "We don't discuss it on the way home; we debrief tomorrow.");

    private final String label;
    private final String suggestedTitle;
    private final List<String> agreements;

    PlanKind(String label, String suggestedTitle, List<String> agreements) {
        this.label = label;
        this.suggestedTitle = suggestedTitle;
        this.agreements = agreements;
    }

    public String label() {
        return label;
    }

    public String suggestedTitle() {
        return suggestedTitle;
    }

    /** The starter set, then this kind's own suggestions. */
    public List<String> suggestedAgreements() {
        return java.util.stream.Stream.concat(STARTERS.stream(), agreements.stream()).toList();
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static PlanKind parse(String value) {
        return value == null ? null : Arrays.stream(values())
                .filter(k -> k.wireName().equalsIgnoreCase(value.strip()) || k.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElse(null);
    }
}
