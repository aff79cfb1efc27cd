package app.tandem.load;

import app.tandem.kernel.Phrase;
import java.util.Arrays;

/** How often a load item comes round. {@link #EVERY_N_DAYS} carries its number of days beside it. */
public enum Cadence {
    DAILY, WEEKLY, MONTHLY, YEARLY, EVERY_N_DAYS, ONE_OFF;

    /** "Weekly", in the reader's language (catalogue key load.cadence.<wire name>). */
    public String label() {
        return Phrase.of("load.cadence." + wireName()).say();
    }

    public String wireName() {
        return name().toLowerCase().replace('_', '-');
    }

    public String describe(Integer everyDays) {
        return this == EVERY_N_DAYS && everyDays != null ? Phrase.of("load.cadence.every-n-days.count", everyDays).say()
                : label();
    }

    public static Cadence parse(String value) {
        return value == null ? null : Arrays.stream(values())
                .filter(c -> c.wireName().equalsIgnoreCase(value.strip()) || c.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElse(null);
    }
}
