package app.tandem.practice;

import app.tandem.kernel.Phrase;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The practice's own word on an ask for reassurance. The coach reads a need for criticism and
 * vagueness in general; "reassure me more" reads clean to it, yet is hard to do: there is no
 * moment at which it is done. This names that and offers asks a partner can do tonight.
 */
public final class ReassuranceAsk {

    // German too: the page offers this word in the partner's language, though the coach reads English only.
    private static final Pattern ASKS_FOR_REASSURANCE = Pattern.compile(
            "\\b(reassur\\w*|tell me (that )?you love me|more attention|show me you care|prove"
                    + "|mehr sicherheit|beruhige mich|sag mir,? dass du mich liebst|mehr aufmerksamkeit"
                    + "|zeig mir,? dass (du mich liebst|ich dir wichtig bin))\\b");

    /** Why "reassure me more" is hard to give, said beside the need. */
    public static final Phrase WHY = Phrase.of("practice.reassurance.why");

    /** Asks a partner can do tonight, offered instead. */
    public static final List<Phrase> DOABLE = IntStream.rangeClosed(1, 4)
            .mapToObj(n -> Phrase.of("practice.reassurance.doable." + n)).toList();

    private ReassuranceAsk() {}

    /** Whether the need asks for reassurance in general rather than for something doable. */
    public static boolean vague(String need) {
        return need != null && ASKS_FOR_REASSURANCE.matcher(need.toLowerCase(Locale.ROOT)).find();
    }
}
