package app.tandem.coach.analysis;

import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.text.Tokens;

/**
 * "Yeah, but…": an acknowledgement that opens a reply and is taken back at once by "but".
 * It is a dismissal unless what follows proposes something ("Sure, but could we do Friday
 * instead?" is a counter-offer, and so is "I can't do Thursday, but I can do Friday", which
 * does not even start with an acknowledgement). Invalidating phrases ("calm down", "not a
 * big deal") are in rules/dismissal.txt.
 */
final class DismissalAnalyser implements Analyser {

    private static final int LOOK_AHEAD = 30;

    private final Vocabulary v;

    DismissalAnalyser(Vocabulary v) {
        this.v = v;
    }

    @Override
    public void analyse(Doc doc, Findings out) {
        if (!doc.kind.answersThePartner()) {
            return;
        }
        int s = 0;
        while (s < doc.n) {
            int e = doc.types[s] == Tokens.SENTENCE_END ? s + 1 : doc.sentenceEnd[s];
            // Start at the first word, not at the lead: "okay" is a discourse word elsewhere
            // but an acknowledgement here ("Okay, but you always do this").
            int first = s;
            while (first < e && doc.types[first] != Tokens.WORD) {
                first++;
            }
            if (first < e) {
                yeahBut(doc, first, e, out);
            }
            s = e;
        }
    }

    private void yeahBut(Doc doc, int lead, int e, Findings out) {
        int k = lead;
        int acknowledged = 0;
        while (k < e && acknowledged < 3) {
            int end = doc.match(k, v.acknowledgements);
            if (end >= 0) {
                acknowledged++;
                k = end;
            } else if (doc.types[k] == Tokens.CLAUSE_PUNCT) {
                k++;
            } else {
                break;
            }
        }
        if (acknowledged == 0 || k >= e || doc.words[k] != v.but) {
            return;
        }
        if (!counterOffer(doc, k + 1)) {
            out.add(Label.DISMISSAL, lead, k + 1, "yeah_but");
        }
    }

    /** Something proposed after the "but", in this sentence or the next few words. */
    private boolean counterOffer(Doc doc, int from) {
        int end = Math.min(doc.n, from + LOOK_AHEAD);
        // "Yeah, but I'm dying to watch the finale. But yeah, we can connect." takes the bid back
        // twice: a next sentence that opens with "but" is no proposal, only a grudging yes.
        int next = from < doc.n ? doc.sentenceEnd[from] : doc.n;
        while (next < end && doc.types[next] != Tokens.WORD) {
            next++;
        }
        if (next < end && doc.words[next] == v.but) {
            end = next;
        }
        for (int i = from; i < end; i++) {
            int offer = doc.match(i, v.counterOffers);
            if (offer >= 0 && !(offer < doc.n && doc.words[offer] == v.not)) {
                return true;
            }
        }
        return false;
    }
}
