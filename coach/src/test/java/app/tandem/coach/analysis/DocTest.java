package app.tandem.coach.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.coach.Kind;
import app.tandem.coach.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/** Sentences, clauses, the scope of a negation, and the span of a request. */
class DocTest {

    private static final Lexicon LEXICON = Lexicon.load();
    private static final Vocabulary VOCABULARY = new Vocabulary(LEXICON);

    private static Doc doc(Kind kind, String text) {
        return new Doc(text, kind, LEXICON, VOCABULARY);
    }

    private static int index(Doc d, String norm) {
        for (int i = 0; i < d.n; i++) {
            if (d.norm(i).equals(norm)) {
                return i;
            }
        }
        throw new AssertionError(norm + " not found");
    }

    @Test
    void negationGovernsTheRestOfItsClauseOnly() {
        Doc d = doc(Kind.REPLY, "I don't want to talk, but I will listen tonight.");
        assertThat(d.negated[index(d, "talk")]).isTrue();
        assertThat(d.negated[index(d, "want")]).isTrue();
        assertThat(d.negated[index(d, "listen")]).isFalse();
        assertThat(d.negated[index(d, "i")]).isFalse();
    }

    @Test
    void negationStopsAtTheSentenceEnd() {
        Doc d = doc(Kind.REPLY, "Not now. Call me later");
        assertThat(d.negated[index(d, "call")]).isFalse();
    }

    @Test
    void aSubordinateClauseStartsAtItsConjunction() {
        Doc d = doc(Kind.NEED, "I need you to call me if you're not coming home.");
        int call = index(d, "call");
        int coming = index(d, "coming");
        assertThat(d.clauseStart[call]).isNotEqualTo(d.clauseStart[coming]);
        assertThat(d.norm(d.clauseStart[coming])).isEqualTo("if");
    }

    @Test
    void andStartsAClauseOnlyBeforeASubject() {
        Doc d = doc(Kind.NEED, "I cooked, cleaned and drove everyone, and I need a rest.");
        assertThat(d.clauseStart[index(d, "drove")]).isEqualTo(d.clauseStart[index(d, "cleaned")]);
        assertThat(d.norm(d.clauseStart[index(d, "need")])).isEqualTo("and");
    }

    @Test
    void theRequestIsWhatFollowsItsOpener() {
        Doc d = doc(Kind.NEED, "I feel tired. I need you to walk the dog tonight.");
        assertThat(d.request[index(d, "tired")]).isFalse();
        assertThat(d.request[index(d, "walk")]).isTrue();
        assertThat(d.request[index(d, "tonight")]).isTrue();
    }

    @Test
    void pleaseMakesItsClauseTheRequest() {
        Doc d = doc(Kind.NEED, "I never ask for much, so please come to my party.");
        assertThat(d.request[index(d, "never")]).isFalse();
        assertThat(d.request[index(d, "come")]).isTrue();
    }
}
