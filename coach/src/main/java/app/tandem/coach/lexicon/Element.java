package app.tandem.coach.lexicon;

/** One compiled element of a phrase pattern; see rules/README in docs/coach.md for the syntax. */
record Element(Type type, Word[] words, int classId, boolean optional, String source) {

    enum Type {
        /** one token that is one of {@code words} (compared by identity) */
        WORDS,
        /** an entry of a word class, possibly several tokens long */
        CLASS,
        /** any one word token */
        ANY,
        /** zero to {@link PhraseRule#MAX_GAP} tokens inside the sentence */
        GAP,
        /** zero-width: the next token ends a clause or the sentence, or the text ends */
        END
    }
}
