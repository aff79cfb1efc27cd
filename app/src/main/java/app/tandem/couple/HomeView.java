package app.tandem.couple;

import java.util.Optional;

/**
 * "Our bubble": what the home page shows a signed-in partner. Without a couple, how to
 * start or join one; while waiting, the invite; together, both partners.
 */
public record HomeView(long myId, String myName, Optional<Couple> couple, String inviteLink,
        Optional<Dissolution> dissolution) {

    public boolean together() {
        return couple.map(Couple::complete).orElse(false);
    }

    public boolean waiting() {
        return couple.isPresent() && !together();
    }

    public String partnerName() {
        return couple.flatMap(c -> c.partnerOf(myId)).map(Couple.Member::displayName).orElse("");
    }

    /** The first letter of a name, for an avatar; whole code points, so emoji survive. */
    public static String initial(String name) {
        return name == null || name.isEmpty() ? "?" : name.substring(0, name.offsetByCodePoints(0, 1));
    }
}
