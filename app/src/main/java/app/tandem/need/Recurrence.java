package app.tandem.need;

import java.util.Locale;

/**
 * How often a need asks for its request: once (the usual ask), or every day, week or month
 * ("one night a week"). A yes to a recurring need makes it a load item the listener carries.
 */
public enum Recurrence {
    ONCE(""), DAILY("every day"), WEEKLY("every week"), MONTHLY("every month");

    /** For the first occurrences the asker says whether it happened; after that it is a habit, carried as load. */
    public static final int FOLLOWED_OCCURRENCES = 4;

    private final String words;

    Recurrence(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public boolean recurring() {
        return this != ONCE;
    }

    /** "week" for the per-occurrence question: "Did it happen this week?". */
    public String period() {
        return switch (this) {
            case DAILY -> "day";
            case WEEKLY -> "week";
            case MONTHLY -> "month";
            case ONCE -> "time";
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "weekly", "WEEKLY", "once" …; an empty value is once; null for anything else. */
    public static Recurrence parse(String value) {
        if (value == null || value.isBlank()) {
            return ONCE;
        }
        for (Recurrence r : values()) {
            if (r.name().equalsIgnoreCase(value.strip())) {
                return r;
            }
        }
        return null;
    }
}
