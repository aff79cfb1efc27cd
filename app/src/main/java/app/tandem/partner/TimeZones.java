package app.tandem.partner;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The zones a partner may live in: the region names the JDK knows ("Europe/Berlin"), checked
 * against {@link ZoneId#getAvailableZoneIds()} so that nothing else is stored or parsed later.
 */
public final class TimeZones {

    private static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();
    /** Sorted once: the account page offers them all. */
    private static final List<String> SORTED = KNOWN.stream().filter(z -> z.contains("/") || z.equals("UTC"))
            .sorted().toList();

    private TimeZones() {}

    /** The zone this name stands for, if it is one we know; surrounding spaces are forgiven. */
    public static Optional<ZoneId> parse(String name) {
        if (name == null || name.length() > 64) {
            return Optional.empty();
        }
        String id = name.strip();
        return KNOWN.contains(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
    }

    public static List<String> all() {
        return SORTED;
    }
}
