package app.tandem.notification.web;

import app.tandem.notification.Preferences;
import app.tandem.notification.Reach;
import app.tandem.notification.Topic;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The preferences page: the partner's choices, what this server can send, and any field errors. */
public record PreferencesView(Preferences preferences, ZoneId zone, boolean emailOn, boolean pushOn,
        Map<String, String> errors) {

    public List<Topic> topics() {
        return List.of(Topic.values());
    }

    public List<Reach> reaches() {
        return List.of(Reach.values());
    }

    public boolean chosen(Topic topic, Reach reach) {
        return preferences.of(topic) == reach;
    }

    public String quietFrom() {
        return preferences.quiet().none() ? "" : preferences.quiet().from().toString();
    }

    public String quietUntil() {
        return preferences.quiet().none() ? "" : preferences.quiet().until().toString();
    }

    public String error(String field) {
        return errors.get(field);
    }
}
