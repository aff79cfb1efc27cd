package app.tandem.coach.text;

import java.util.Arrays;

/**
 * The tokens of one text as parallel arrays (cheaper than one object per token). A contraction
 * expands to several tokens that share the span of the written word: "you're" gives "you" and
 * "are", both pointing at the chars of "you're".
 */
public final class Tokens {

    public static final byte WORD = 0;
    /** . ! ? ; … and line breaks: a sentence ends here. */
    public static final byte SENTENCE_END = 1;
    /** , : ( ) dashes and quotes: a clause may end here. */
    public static final byte CLAUSE_PUNCT = 2;

    private String[] norm;
    private int[] start;
    private int[] end;
    private byte[] type;
    private int size;

    Tokens(int capacity) {
        int c = Math.max(8, capacity);
        norm = new String[c];
        start = new int[c];
        end = new int[c];
        type = new byte[c];
    }

    void add(String n, int s, int e, byte t) {
        if (size == norm.length) {
            int c = size * 2;
            norm = Arrays.copyOf(norm, c);
            start = Arrays.copyOf(start, c);
            end = Arrays.copyOf(end, c);
            type = Arrays.copyOf(type, c);
        }
        norm[size] = n;
        start[size] = s;
        end[size] = e;
        type[size] = t;
        size++;
    }

    public int size() {
        return size;
    }

    public String norm(int i) {
        return norm[i];
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public byte type(int i) {
        return type[i];
    }

    public boolean isWord(int i) {
        return type[i] == WORD;
    }

    byte lastType() {
        return size == 0 ? SENTENCE_END : type[size - 1];
    }
}
