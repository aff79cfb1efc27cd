package app.tandem.practice;

import java.util.List;

/**
 * Small asks to start from: things one could do alone, asked anyway, because letting the
 * partner help is the practice.
 */
public final class SmallAskLibrary {

    public static final List<String> ASKS = List.of(
            "Let me carry this with you.",
            "Sit with me while I call the bank.",
            "Pick the film tonight.",
            "Can you check this e-mail before I send it?",
            "Make me a cup of tea?",
            "Come with me to the shop.",
            "Remind me to book the dentist.",
            "Tell me how my day looks to you.");

    private SmallAskLibrary() {}
}
