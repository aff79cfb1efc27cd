package app.tandem.need.web;

import java.util.List;

/**
 * The feeling picker's words: real feelings, the speaker's own, grouped by family. Never a
 * judgment of what the partner did ("ignored", "dismissed"): the coach flags those.
 */
public final class Feelings {

    public record Family(String name, List<String> words) {}

    public static final List<Family> FAMILIES = List.of(
            new Family("Sad", List.of("sad", "lonely", "disappointed", "hurt", "discouraged", "disconnected")),
            new Family("Afraid", List.of("anxious", "worried", "nervous", "scared", "insecure", "uneasy")),
            new Family("Tired", List.of("tired", "exhausted", "overwhelmed", "stretched thin", "drained", "stressed")),
            new Family("Angry", List.of("frustrated", "irritated", "resentful", "fed up", "angry")),
            new Family("Glad", List.of("hopeful", "grateful", "excited", "relieved", "close", "loved")));

    private Feelings() {}
}
