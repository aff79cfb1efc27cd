package app.tandem.load;

import java.util.Arrays;

/** How often a load item comes round. {@link #EVERY_N_DAYS} carries its number of days beside it. */
public enum Cadence {
    DAILY("Daily"), WEEKLY("Weekly"), MONTHLY("Monthly"), YEARLY("Yearly"), EVERY_N_DAYS("Every few days"),
    ONE_OFF("One-off");

    private final String label;

    Cadence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wireName() {
        return name().toLowerCase().replace('_', '-');
    }

    public String describe(Integer everyDays) {
        return this == EVERY_N_DAYS && everyDays != null ? "Every " + everyDays + " days" : label;
    }

    public static Cadence parse(String value) {
        return value == null ? null : Arrays.stream(values())
                .filter(c -> c.wireName().equalsIgnoreCase(value.strip()) || c.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElse(null);
    }
}
