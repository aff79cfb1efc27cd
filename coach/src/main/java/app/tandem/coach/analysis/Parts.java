package app.tandem.coach.analysis;

import app.tandem.coach.Finding;
import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.lexicon.Inflector;
import app.tandem.coach.text.Tokens;
import java.util.List;

/** Pulls the reusable pieces of a text out for the suggestion (see {@link Analysis}). */
final class Parts {

    private final Vocabulary v;

    Parts(Vocabulary v) {
        this.v = v;
    }

    Analysis of(Doc doc, Findings found) {
        List<Finding> findings = found.findings();
        if (findings.isEmpty()) {
            return new Analysis(List.of(), List.of(), null, null, null, null, null, null, null, null, doc.text, List.of());
        }
        // A semantic finding covers its whole sentence; it voids an ask only when it is about the ask.
        List<Finding> aboutTheAsk = new java.util.ArrayList<>();
        List<Finding> byRules = new java.util.ArrayList<>();
        for (Finding f : findings) {
            if (f.layer() == app.tandem.coach.Layer.RULES) {
                byRules.add(f);
                aboutTheAsk.add(f);
            } else if (f.label() == Label.NEGATIVE_REQUEST || f.label() == Label.VAGUE_REQUEST) {
                aboutTheAsk.add(f);
            }
        }
        String real = null;
        String judgment = null;
        String situation = null;
        String request = null;
        String vagueAsk = null;
        String askLead = null;
        String avoided = null;
        String afterBut = null;
        boolean requestDone = false;
        boolean avoidedDone = false;
        boolean butDone = false;
        for (int i = 0; i < doc.n; i++) {
            if (doc.types[i] != Tokens.WORD) {
                continue;
            }
            if (real == null && judgment == null && isFeelingFrame(doc, i)) {
                int j = i + 1;
                while (j < doc.clauseEnd[i] && j < i + 4 && doc.match(j, v.feelingAdverbs) >= 0) {
                    j = doc.match(j, v.feelingAdverbs);
                }
                int realEnd = doc.match(j, v.feelingsReal);
                int fauxEnd = doc.match(j, v.feelingsFaux);
                if (realEnd >= 0 && !doc.negated[j]) {
                    real = span(doc, j, realEnd);
                } else if (fauxEnd >= 0) {
                    judgment = doc.norm(j);
                }
            }
            if (situation == null && doc.kind == Kind.NEED && i + 1 < doc.clauseEnd[i]) {
                if ("because".equals(doc.norm(i))) {
                    situation = cleanSpan(doc, findings, i + 1, doc.clauseEnd[i]);
                } else if ("when".equals(doc.norm(i)) || "whenever".equals(doc.norm(i))) {
                    // "I feel hurt when you comment on my driving" keeps its moment as it was said.
                    String moment = cleanSpan(doc, findings, i + 1, doc.clauseEnd[i]);
                    situation = moment == null ? null : "when " + moment;
                }
            }
            // Each part is tried once, so that a text of a thousand "but"s stays linear.
            if (!requestDone && doc.kind == Kind.NEED && doc.request[i]) {
                request = request(doc, aboutTheAsk, i);
                askLead = askLead(doc, findings, i);
                if (found.has(Label.VAGUE_REQUEST) && doc.words[i] != null && doc.match(i, v.imperativeVerbs) >= 0) {
                    vagueAsk = cleanSpan(doc, List.of(), i, doc.clauseEnd[i]);
                }
                requestDone = true;
            }
            if (!avoidedDone && doc.kind == Kind.NEED && doc.request[i] && found.has(Label.NEGATIVE_REQUEST)
                    && (doc.match(i, v.cessationVerbs) >= 0 || doc.words[i] == v.not || "never".equals(doc.norm(i)))) {
                avoided = avoided(doc, i);
                avoidedDone = true;
            }
            if (!butDone && doc.kind.answersThePartner() && doc.words[i] == v.but && found.has(Label.DISMISSAL)) {
                afterBut = cleanSpan(doc, byRules, i + 1, doc.sentenceEnd[i]);
                butDone = true;
            }
        }
        return new Analysis(found.labels(), findings, real, judgment, situation, request, askLead, vagueAsk, avoided, afterBut,
                doc.text, doc.sentenceSpans());
    }

    private boolean isFeelingFrame(Doc doc, int i) {
        boolean feel = doc.match(i, v.feelVerbs) >= 0 && i > 0 && (doc.words[i - 1] == v.i || "am".equals(doc.norm(i - 1)));
        boolean am = "am".equals(doc.norm(i)) && i > 0 && doc.words[i - 1] == v.i;
        return feel || am;
    }

    /** The request in the partner's words, shaped to follow "and I need": "you to …", "us to …" or "a hand …". */
    private String request(Doc doc, List<Finding> findings, int first) {
        int opener = doc.requestOpener[first];
        int e = doc.sentenceEnd[first];
        int s = first;
        while (s < e && (doc.types[s] != Tokens.WORD || doc.match(s, v.please) >= 0 || doc.match(s, v.discourse) >= 0)) {
            s++;
        }
        int last = e - 1;
        while (last > s && (doc.types[last] != Tokens.WORD || doc.match(last, v.please) >= 0)) {
            last--;
        }
        if (s >= e || last < s) {
            return null;
        }
        String body = cleanSpan(doc, findings, s, last + 1);
        if (body == null) {
            return null;
        }
        String prefix = "you to ";
        if (opener >= 0 && opener < first) {
            prefix = "";
            for (int k = opener; k < first; k++) {
                String w = doc.norm(k);
                if (w.equals("you")) {
                    prefix = "you to ";
                } else if (w.equals("we") || w.equals("us")) {
                    prefix = "us to ";
                }
            }
            // "I need you home by six" has no "to": keep it that way ("you home by six").
            String openerEnd = doc.norm(first - 1);
            String beforeEnd = first - 2 >= opener ? doc.norm(first - 2) : "";
            if ((openerEnd.equals("you") || openerEnd.equals("us")) && (beforeEnd.equals("need") || beforeEnd.equals("want"))
                    && doc.match(first, v.imperativeVerbs) < 0) {
                prefix = openerEnd + " ";
            }
        }
        if (prefix.isEmpty() && doc.words[s] == v.to) {
            return null;
        }
        if (doc.words[s] == v.to) {
            body = body.substring(Math.min(body.length(), 3));
        }
        return prefix + lowerFirst(body);
    }

    /**
     * What the ask's own sentence says before the ask when that says when or how much:
     * "Dinner's at 7 on Saturday" in "Dinner's at 7 on Saturday, please be there". Without it
     * "be there" alone is a vague ask; null when there is no such lead or a finding touches it.
     */
    private String askLead(Doc doc, List<Finding> findings, int first) {
        int opener = doc.requestOpener[first];
        int end = opener >= 0 && opener < first ? opener : first;
        int start = doc.sentenceStart[first];
        return RequestAnalyser.concrete(doc, v, start, end) ? cleanSpan(doc, findings, start, end) : null;
    }

    /** What a negative request wants to avoid, as an activity: "raising your voice with me". */
    private String avoided(Doc doc, int i) {
        int next;
        int stop = doc.match(i, v.cessationVerbs);
        if (stop >= 0) {
            next = stop;
        } else if (doc.words[i] == v.not || "never".equals(doc.norm(i))) {
            next = i + 1;
            if (next < doc.n && "ever".equals(doc.norm(next))) {
                next++; // "don't ever do that again": the activity starts after "ever"
            }
            if (doc.match(next, v.cessationVerbs) >= 0) {
                return null; // "don't ever stop telling me …" asks to keep it: nothing is to be avoided
            }
            if (next < doc.n && doc.words[next] == v.to) {
                next++; // "try not to slam the door": the activity is "slamming the door"
            }
        } else {
            return null;
        }
        if (next >= doc.n || doc.types[next] != Tokens.WORD) {
            return null;
        }
        // The activity ends with its clause, or at "and" ("stop whining and pack your bag").
        int e = doc.clauseEnd[next];
        for (int k = next + 1; k < e; k++) {
            if (doc.words[k] == v.and || doc.words[k] == v.but) {
                e = k;
                break;
            }
        }
        int last = e - 1;
        while (last > next && (doc.types[last] != Tokens.WORD || doc.match(last, v.please) >= 0)) {
            last--;
        }
        if (last < next) {
            return null;
        }
        String first = doc.norm(next);
        String rest = doc.end(next) < doc.end(last) ? doc.text.substring(doc.end(next), doc.end(last)) : "";
        return Inflector.gerund(first) + rest;
    }

    /** The original text of tokens [from, to) — or null when a finding overlaps it. */
    private static String cleanSpan(Doc doc, List<Finding> findings, int from, int to) {
        while (to > from && doc.types[to - 1] != Tokens.WORD) {
            to--;
        }
        while (from < to && doc.types[from] != Tokens.WORD) {
            from++;
        }
        if (from >= to) {
            return null;
        }
        int s = doc.start(from);
        int e = doc.end(to - 1);
        for (Finding f : findings) {
            if (f.start() < e && s < f.end()) {
                return null;
            }
        }
        // "[what happened]": the coach's own gap, in a suggestion being edited, stays a gap.
        if (s > 0 && doc.text.charAt(s - 1) == '[' && e < doc.text.length() && doc.text.charAt(e) == ']') {
            s--;
            e++;
        }
        return doc.text.substring(s, e);
    }

    private static String span(Doc doc, int from, int to) {
        return doc.text.substring(doc.start(from), doc.end(to - 1));
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))
                && !(s.startsWith("I ") || s.startsWith("I'"))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
