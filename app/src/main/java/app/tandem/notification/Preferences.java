package app.tandem.notification;

import java.util.EnumMap;
import java.util.Map;

/** What reaches one partner, per topic, when (quiet hours) and with how much said. */
public record Preferences(Map<Topic, Reach> reach, QuietHours quiet, boolean includeText) {

    public Preferences {
        EnumMap<Topic, Reach> all = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            all.put(topic, reach.getOrDefault(topic, topic.defaultReach()));
        }
        reach = Map.copyOf(all);
        quiet = quiet == null ? QuietHours.NONE : quiet;
    }

    public static Preferences defaults() {
        return new Preferences(Map.of(), QuietHours.NONE, false);
    }

    public Reach of(Topic topic) {
        return reach.get(topic);
    }
}
