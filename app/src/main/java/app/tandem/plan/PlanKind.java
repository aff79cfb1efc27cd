package app.tandem.plan;

import app.tandem.kernel.Phrase;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The templates a plan starts from: a name, a title to change, and agreements suggested for that
 * kind of event, on top of the starter set every plan is offered ({@link #starters()}). Each is a
 * suggestion in the couple's own words: the page offers it in a field they can rewrite. The words
 * are the catalogue's ({@code plan.kind.<wire name>.label}, {@code .title}, {@code .agreement.<n>};
 * {@code plan.starter.<n>}), in the reader's language: an agreement taken from them is stored as
 * the partner read it.
 */
public enum PlanKind {
    FAMILY_GATHERING(1), WORK_PARTY(1), MEDICAL_APPOINTMENT(2), TRIP(2), MOVE(2), IN_LAWS_HOLIDAYS(2),
    EX_OR_CO_PARENT(2), OTHER(0);

    /** How many starter agreements every plan is offered (plan.starter.1 …). */
    private static final int STARTERS = 4;

    /** How many suggestions of its own this kind has in the catalogue. */
    private final int agreements;

    PlanKind(int agreements) {
        this.agreements = agreements;
    }

    public String label() {
        return words("label");
    }

    public String suggestedTitle() {
        return words("title");
    }

    /** Offered in every plan; the couple rewrites them as they like. */
    public static List<String> starters() {
        return numbered("plan.starter.", STARTERS).toList();
    }

    /** The starter set, then this kind's own suggestions. */
    public List<String> suggestedAgreements() {
        return Stream.concat(numbered("plan.starter.", STARTERS), numbered("plan.kind." + wireName() + ".agreement.", agreements))
                .toList();
    }

    private String words(String what) {
        return Phrase.of("plan.kind." + wireName() + "." + what).say();
    }

    private static Stream<String> numbered(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> Phrase.of(prefix + n).say());
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
