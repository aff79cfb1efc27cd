package app.tandem.coach.analysis;

import app.tandem.coach.Kind;
import app.tandem.coach.lexicon.Lexicon;
import app.tandem.coach.lexicon.Word;
import app.tandem.coach.text.Tokens;
import java.util.Arrays;

/**
 * One text prepared for the analysers: tokens with their lexicon words, sentence and clause
 * boundaries, the scope of each negation and the span of each request. Built in a few linear
 * passes; the analysers then only read it.
 */
public final class Doc {

    final String text;
    final Kind kind;
    final Tokens tokens;
    final int n;
    final Word[] words;
    final byte[] types;
    /** Per token: the index one past the last token of its sentence (the end token excluded). */
    final int[] sentenceEnd;
    /** Per token: the index of the first token of its sentence. */
    final int[] sentenceStart;
    /** Per token: the index of the first token of its clause. */
    final int[] clauseStart;
    /** Per token: one past the last token of its clause. */
    final int[] clauseEnd;
    /** Per token: a negation ("not", "never", "no", "n't") governs it. */
    final boolean[] negated;
    /** Per token: it belongs to what the speaker asks for ("I need you to [walk the dog]"). */
    final boolean[] request;
    /** Per token: the token index where the request containing it starts, or -1. */
    final int[] requestOpener;
    /** Per token: the first word of its sentence that is not a discourse word ("oh", "well"). */
    final int[] lead;
    /** The first and last word tokens of the text, or -1. */
    int firstWord = -1;
    int lastWord = -1;
    private long containsKnown;
    private long containsValue;

    Doc(String text, Kind kind, Lexicon lexicon, Vocabulary v) {
        this.text = text;
        this.kind = kind;
        this.tokens = lexicon.tokenizer().tokenize(text);
        this.n = tokens.size();
        this.words = new Word[n];
        this.types = new byte[n];
        for (int i = 0; i < n; i++) {
            words[i] = lexicon.word(tokens.norm(i));
            types[i] = tokens.type(i);
        }
        this.sentenceEnd = new int[n];
        this.sentenceStart = new int[n];
        this.clauseStart = new int[n];
        this.clauseEnd = new int[n];
        this.negated = new boolean[n];
        this.request = new boolean[n];
        this.requestOpener = new int[n];
        this.lead = new int[n];
        segment(v);
        leads(v);
        negation(v);
        requests(v);
    }

    public int size() {
        return n;
    }

    public String norm(int i) {
        return tokens.norm(i);
    }

    public Word word(int i) {
        return words[i];
    }

    public boolean isWord(int i) {
        return i >= 0 && i < n && types[i] == Tokens.WORD;
    }

    public int start(int i) {
        return tokens.start(i);
    }

    public int end(int i) {
        return tokens.end(i);
    }

    /** End (exclusive) of the class entry starting at {@code i} inside its sentence, or -1. */
    int match(int i, int classId) {
        if (i < 0 || i >= n || types[i] != Tokens.WORD) {
            return -1;
        }
        return Lexicon.matchClass(words, i, sentenceEnd[i], classId);
    }

    boolean is(int i, int classId) {
        return match(i, classId) >= 0;
    }

    boolean is(int i, Word w) {
        return i >= 0 && i < n && w != null && words[i] == w;
    }

    /** True when an entry of the class occurs in the text outside any negation ("not my fault" is no "my fault"); cached. */
    boolean containsUnnegated(int classId) {
        long bit = 1L << classId;
        if ((containsKnown & bit) == 0) {
            boolean found = false;
            for (int i = 0; i < n && !found; i++) {
                found = !negated[i] && match(i, classId) >= 0;
            }
            containsKnown |= bit;
            if (found) {
                containsValue |= bit;
            }
        }
        return (containsValue & bit) != 0;
    }

    /** Token {@code i} is the first real word of its sentence ("Oh, sure" counts "sure" as first). */
    boolean atSentenceStart(int i) {
        return i <= lead[i];
    }

    boolean coversAllWords(int from, int to) {
        return firstWord >= 0 && from <= firstWord && to > lastWord;
    }

    /** The first token at or after {@code from} and before {@code to} that starts an entry of the class, or -1. */
    int find(int from, int to, int classId) {
        for (int i = Math.max(0, from); i < to && i < n; i++) {
            if (match(i, classId) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private void leads(Vocabulary v) {
        int i = 0;
        while (i < n) {
            int e = types[i] == Tokens.SENTENCE_END ? i + 1 : sentenceEnd[i];
            int first = e;
            for (int k = i; k < e; k++) {
                if (types[k] == Tokens.WORD && match(k, v.discourse) < 0) {
                    first = k;
                    break;
                }
            }
            for (int k = i; k < e; k++) {
                lead[k] = first;
                if (types[k] == Tokens.WORD) {
                    if (firstWord < 0) {
                        firstWord = k;
                    }
                    lastWord = k;
                }
            }
            i = e;
        }
    }

    /**
     * The sentences that hold a word, as char spans {start, end} (end exclusive, the closing
     * punctuation included); the whole text when no sentence holds one.
     */
    java.util.List<int[]> sentenceSpans() {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < n) {
            if (types[i] == Tokens.SENTENCE_END) {
                i++;
                continue;
            }
            int e = sentenceEnd[i];
            int first = -1;
            int last = -1;
            for (int k = i; k < e; k++) {
                if (types[k] == Tokens.WORD) {
                    first = first < 0 ? k : first;
                    last = k;
                }
            }
            if (first >= 0) {
                int end = e < n && !Character.isWhitespace(text.charAt(start(e))) ? end(e) : end(last);
                out.add(new int[] {start(first), Math.max(end, end(last))});
            }
            i = e;
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, text.length()});
        }
        return out;
    }

    private void segment(Vocabulary v) {
        int s = 0;
        while (s < n) {
            while (s < n && types[s] == Tokens.SENTENCE_END) {
                sentenceStart[s] = s;
                sentenceEnd[s] = s;
                clauseStart[s] = s;
                clauseEnd[s] = s;
                s++;
            }
            int e = s;
            while (e < n && types[e] != Tokens.SENTENCE_END) {
                e++;
            }
            for (int i = s; i < e; i++) {
                sentenceStart[i] = s;
                sentenceEnd[i] = e;
            }
            clauses(s, e, v);
            s = e;
        }
    }

    /** Clauses end at commas and before conjunctions that open a new clause ("but", "because", "and you"). */
    private void clauses(int s, int e, Vocabulary v) {
        int c = s;
        for (int i = s; i <= e; i++) {
            boolean boundary = i == e
                    || types[i] == Tokens.CLAUSE_PUNCT
                    || (i > c && Lexicon.isIn(words[i], v.clauseOpeners) && match(i, v.clauseOpeners) >= 0)
                    || (i > c && (words[i] == v.and || words[i] == v.or) && i + 1 < e && match(i + 1, v.subjects) >= 0);
            if (boundary) {
                for (int k = c; k < i; k++) {
                    clauseStart[k] = c;
                    clauseEnd[k] = i;
                }
                if (i < e && types[i] == Tokens.CLAUSE_PUNCT) {
                    clauseStart[i] = i;
                    clauseEnd[i] = i + 1;
                    c = i + 1;
                } else {
                    c = i;
                }
            }
        }
    }

    /** A negation governs the rest of its clause: "I do not want [to talk about it]". */
    private void negation(Vocabulary v) {
        int scopeEnd = -1;
        for (int i = 0; i < n; i++) {
            if (i < scopeEnd) {
                negated[i] = true;
            }
            if (types[i] == Tokens.WORD && match(i, v.negators) >= 0) {
                scopeEnd = clauseEnd[i];
            }
        }
    }

    /**
     * Marks what is being asked for. A request opens with an opener ("I need you to", "could
     * you", "let's") and runs to the end of its sentence; a sentence with "please" or one that
     * opens with a bare verb ("Book the flights") is a request as a whole.
     */
    private void requests(Vocabulary v) {
        Arrays.fill(requestOpener, -1);
        int s = 0;
        while (s < n) {
            int e = s < n && types[s] != Tokens.SENTENCE_END ? sentenceEnd[s] : s + 1;
            if (types[s] == Tokens.SENTENCE_END) {
                s++;
                continue;
            }
            int from = -1;
            int opener = -1;
            for (int i = s; i < e && from < 0; i++) {
                int end = match(i, v.requestOpeners);
                if (end >= 0 && !negated[i]) {
                    opener = i;
                    from = end;
                }
            }
            if (from < 0) {
                int please = find(s, e, v.please);
                if (please >= 0) {
                    // "…, so please come to my party": the ask is the clause with "please",
                    // unless "please" closes the sentence ("No more phones in bed, please").
                    boolean closing = please == lastWordBefore(e);
                    opener = closing ? s : clauseStart[please];
                    from = opener;
                } else if (startsWithImperative(s, e, v)) {
                    opener = s;
                    from = s;
                }
            }
            if (from >= 0) {
                for (int i = from; i < e; i++) {
                    request[i] = true;
                    requestOpener[i] = opener;
                }
            }
            s = e;
        }
    }

    private int lastWordBefore(int e) {
        int k = e - 1;
        while (k > 0 && types[k] != Tokens.WORD) {
            k--;
        }
        return k;
    }

    private boolean startsWithImperative(int s, int e, Vocabulary v) {
        int i = s;
        while (i < e && (match(i, v.discourse) >= 0 || types[i] != Tokens.WORD)) {
            i++;
        }
        return i < e && match(i, v.imperativeVerbs) >= 0;
    }
}
