package app.tandem.load;

import app.tandem.kernel.Phrase;
import java.util.Arrays;

/** Where in a shared life a load item sits. */
public enum Area {
    HOME, FOOD, KIDS, MONEY, HEALTH, FAMILY_AND_FRIENDS, ADMIN, PETS, CAR, OTHER;

    /** "Family & friends", in the reader's language (catalogue key load.area.<wire name>). */
    public String label() {
        return Phrase.of("load.area." + wireName()).say();
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
