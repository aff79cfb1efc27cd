package app.tandem.load;

import java.util.Arrays;

/** Where in a shared life a load item sits. */
public enum Area {
    HOME("Home"), FOOD("Food"), KIDS("Kids"), MONEY("Money"), HEALTH("Health"),
    FAMILY_AND_FRIENDS("Family & friends"), ADMIN("Admin"), PETS("Pets"), CAR("Car"), OTHER("Other");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wireName() {
        return name().toLowerCase().replace('_', '-');
    }

    /** From a wire name ("family-and-friends") or an enum name; null when unknown. */
    public static Area parse(String value) {
        return value == null ? null : Arrays.stream(values())
                .filter(a -> a.wireName().equalsIgnoreCase(value.strip()) || a.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElse(null);
    }
}
