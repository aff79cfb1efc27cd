package app.tandem.practice;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The practice's own word on an ask for reassurance. The coach reads a need for criticism and
 * vagueness in general; "reassure me more" reads clean to it, yet is hard to do: there is no
 * moment at which it is done. This names that and offers asks a partner can do tonight.
 */
public final class ReassuranceAsk {

    private static final Pattern ASKS_FOR_REASSURANCE = Pattern.compile(
            "\\b(reassur\\w*|tell me (that )?you love me|more attention|show me you care|prove)\\b");

    public static final String WHY = "Reassurance has no moment when it is done, so it is hard to give and never "
            + "quite enough. Name one thing your partner can do, and when.";
    public static final List<String> DOABLE = List.of(
            "a text from you when you leave work",
            "ten minutes together before bed tonight",
            "a hug when you come home",
            "to hear one thing you liked about today");

    private ReassuranceAsk() {}

    /** Whether the need asks for reassurance in general rather than for something doable. */
    public static boolean vague(String need) {
        return need != null && ASKS_FOR_REASSURANCE.matcher(need.toLowerCase(Locale.ROOT)).find();
    }
}
