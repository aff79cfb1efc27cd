package app.tandem.need;

import java.time.Instant;

/**
 * The listener's "what I hear is…". The asker confirms it ({@code confirmed == true}) or
 * clarifies ({@code confirmed == false}, with the clarification); until then both are null.
 */
public record Reflection(long id, String text, Instant createdAt, Boolean confirmed, String clarification,
        Instant resolvedAt) {

    public boolean pending() {
        return confirmed == null;
    }
}
