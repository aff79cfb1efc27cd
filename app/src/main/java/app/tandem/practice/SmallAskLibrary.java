package app.tandem.practice;

import app.tandem.kernel.Phrase;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small asks to start from: things one could do alone, asked anyway, because letting the
 * partner help is the practice. Their words are in the catalogues ({@code practice.smallAsk.<n>}),
 * so that each partner starts from asks in their own language; the one sent is then their words.
 */
public final class SmallAskLibrary {

    private static final int SIZE = 8;

    public static final List<Phrase> ASKS = IntStream.rangeClosed(1, SIZE)
            .mapToObj(n -> Phrase.of("practice.smallAsk." + n)).toList();

    private SmallAskLibrary() {}

    /** The library in the language of the request being answered. */
    public static List<String> said() {
        return ASKS.stream().map(Phrase::say).toList();
    }
}
