package app.tandem.coach.suggest;

import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.NeedSuggestion;
import app.tandem.coach.analysis.Analysis;
import app.tandem.coach.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the kinder wording, keeping the partner's own words and rewriting only what was
 * flagged. It never invents a feeling, a reason or an ask: where the partner's own part is
 * missing or was the flagged part, it leaves a gap in square brackets ("[what happened]")
 * for the partner to fill.
 *
 * <p>A need becomes "I feel ___ because ___, and I need ___." with the partner's real
 * feeling, their situation ("because …", "when …", or a plain sentence about what is going
 * on, a tally included once it is only the situation) and their ask, word for word. A reply
 * or a reflection keeps every sentence no finding touched and puts a bridge with a gap in
 * place of what was flagged ("You're right that [the part you own]."). Every candidate is
 * reviewed again by the whole coach and only a clean one is returned.
 */
public final class Suggester {

    /** Asks the coach whether a candidate comes back clean. */
    public interface Check {
        boolean isClean(Kind kind, String text);
    }

    private final Lexicon texts;
    private final Check check;
    /** Words that open a thing asked for ("a hug", "more time"), not an action (lists/thing_starts.txt). */
    private final Set<String> thingStarts;
    /** Words a plain sentence about the situation may open with ("work was mad today"). */
    private final Set<String> situationStarts;

    public Suggester(Lexicon texts, Check check) {
        this.texts = texts;
        this.check = check;
        this.thingStarts = texts.list("thing_starts");
        this.situationStarts = texts.list("situation_starts");
    }

    public String suggest(Kind kind, Analysis a) {
        if (a.isClean()) {
            return null;
        }
        return kind == Kind.NEED ? needParts(a).sentence() : answer(kind, a);
    }

    // ------------------------------------------------------------------ needs

    /** The parts of a need's suggestion, from a need reviewed as one text. */
    public NeedSuggestion needParts(Analysis a) {
        String feeling = a.realFeeling() != null && !a.labels().contains(Label.FAUX_FEELING) ? a.realFeeling() : null;
        return best(feeling, situations(a), requestsFor(a));
    }

    /** The parts of a need's suggestion, from a need written field by field. */
    public NeedSuggestion needParts(Analysis feeling, String feelingText, Analysis because, String becauseText,
                               Analysis need, String needText) {
        String f = feeling.isClean() ? fieldFeeling(feelingText) : feeling.realFeeling();
        List<String> situations = new ArrayList<>();
        if (because.isClean() && !becauseText.isBlank()) {
            situations.add(stripBecause(trimEnd(becauseText)));
        } else {
            situations.addAll(situations(because));
        }
        List<String> n = need.isClean() && !needText.isBlank() ? List.of(needPhrase(trimEnd(needText))) : requestsFor(need);
        return best(f, situations, n);
    }

    /**
     * The first clean candidate, dropping the partner's own parts one at a time from the least
     * important (feeling, then situation) and never the ask. When even the bare ask does not
     * come back clean, the ask is the problem and is left as a gap.
     */
    private NeedSuggestion best(String feeling, List<String> situations, List<String> requests) {
        String gapFeeling = texts.text("suggest.gap.feeling");
        String gapSituation = texts.text("suggest.gap.situation");
        for (String ask : requests) {
            List<NeedSuggestion> candidates = new ArrayList<>();
            for (String s : situations) {
                if (feeling != null) {
                    candidates.add(new NeedSuggestion(feeling, s, ask));
                }
            }
            if (feeling != null) {
                candidates.add(new NeedSuggestion(feeling, gapSituation, ask));
            }
            for (String s : situations) {
                candidates.add(new NeedSuggestion(gapFeeling, s, ask));
            }
            candidates.add(new NeedSuggestion(gapFeeling, gapSituation, ask));
            for (NeedSuggestion c : candidates) {
                if (check.isClean(Kind.NEED, c.sentence())) {
                    return c;
                }
            }
        }
        return new NeedSuggestion(gapFeeling, gapSituation, texts.text("suggest.gap.request"));
    }

    /** At most this many situations are tried, so that a huge text costs a few re-checks, not one per sentence. */
    private static final int MAX_SITUATIONS = 3;

    /** The partner's own situation: their "because …" or "when …", else a clean sentence about what is going on, else a tally. */
    private List<String> situations(Analysis a) {
        List<String> out = new ArrayList<>();
        if (a.situation() != null) {
            out.add(a.situation());
        }
        for (String s : a.untouchedSentences()) {
            String plain = asSituation(s, a);
            if (plain != null) {
                out.add(plain);
            }
        }
        // "I did all four school runs and cooked every night" is the situation itself once it no longer bills the partner.
        for (String s : a.sentencesWith(Label.SCOREKEEPING)) {
            String plain = asSituation(s, a);
            if (plain != null) {
                out.add(plain);
            }
        }
        return out.size() > MAX_SITUATIONS ? out.subList(0, MAX_SITUATIONS) : out;
    }

    private String asSituation(String sentence, Analysis a) {
        String t = trimEnd(sentence).strip();
        if (t.isEmpty() || sentence.strip().endsWith("?") || (a.request() != null && t.contains(strip(a.request())))) {
            return null;
        }
        String lower = t.toLowerCase(Locale.ROOT).replace('’', '\'');
        int space = lower.indexOf(' ');
        String first = space < 0 ? lower : lower.substring(0, space);
        if (!situationStarts.contains(first) || lower.startsWith("i feel") || lower.startsWith("i need")
                || lower.startsWith("i'm feeling") || lower.contains(",")) {
            return null;
        }
        return lowerFirst(t);
    }

    /** The asks to try, most faithful first: the partner's own, or the gap that keeps what they wanted to avoid. */
    private List<String> requestsFor(Analysis a) {
        String gap = texts.text("suggest.gap.request");
        if (a.labels().contains(Label.NEGATIVE_REQUEST)) {
            return a.avoided() != null
                    ? List.of("you to " + texts.text("suggest.gap.instead").replace("{avoided}", trimEnd(a.avoided())), gap)
                    : List.of(gap);
        }
        if (a.labels().contains(Label.VAGUE_REQUEST)) {
            return List.of("you to " + texts.text("suggest.gap.specific"));
        }
        if (a.request() == null) {
            return List.of(gap);
        }
        // "please be there" alone reads as vague; its sentence said when ("Dinner's at 7 on Saturday").
        return a.askLead() == null ? List.of(a.request()) : List.of(a.request(), a.request() + ": " + a.askLead());
    }

    private String fieldFeeling(String feelingText) {
        String t = trimEnd(feelingText).strip();
        String lower = t.toLowerCase(Locale.ROOT);
        for (String lead : new String[] {"i feel ", "i'm feeling ", "i am feeling ", "i'm ", "i am ", "feeling "}) {
            if (lower.startsWith(lead)) {
                return t.substring(lead.length());
            }
        }
        return t.isEmpty() ? null : t;
    }

    /**
     * The need field shaped to follow "and I need": "ask me one question" becomes "you to ask me
     * one question"; "a hug tonight", "you to call me" and "us to talk" stay as they are.
     */
    private String needPhrase(String needText) {
        String t = needText.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("i need ")) {
            t = t.substring(7);
            lower = lower.substring(7);
        }
        if (lower.startsWith("to ")) {
            return "you " + t;
        }
        int space = lower.indexOf(' ');
        String first = space < 0 ? lower : lower.substring(0, space);
        if (thingStarts.contains(first) || first.isEmpty() || Character.isDigit(first.charAt(0))
                || lower.startsWith("you to ") || lower.startsWith("us to ")) {
            return t;
        }
        return "you to " + Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    // ------------------------------------------------------------------ replies and reflections

    /**
     * What the answer said that no finding touched, in its own order, with a bridge in place
     * of what was flagged: owning a part instead of defending, a time to come back instead of
     * a wall, the partner's own reason kept when a "yeah, but" brushed the bid aside.
     */
    private String answer(Kind kind, Analysis a) {
        List<String> kept = a.untouchedSentences();
        List<String> lead = new ArrayList<>();
        List<String> close = new ArrayList<>();
        List<Label> labels = a.labels();
        if (kind == Kind.REFLECTION) {
            // A reflection only has to say back what was heard: the defence or the jab goes, the echo stays.
            if (!startsAsReflection(kept)) {
                lead.add(texts.text("suggest.reflection.gap"));
            }
            if (labels.contains(Label.STONEWALLING)) {
                close.add(texts.text("suggest.reply.pause"));
            }
            close.add(texts.text("suggest.reflection.check"));
        } else {
            if (labels.contains(Label.CONTEMPT) || labels.contains(Label.CRITICISM)) {
                lead.add(texts.text("suggest.reply.feeling"));
            }
            if (labels.contains(Label.DEFENSIVENESS)) {
                lead.add(texts.text("suggest.reply.own"));
            }
            if (labels.contains(Label.DISMISSAL)) {
                lead.add(0, texts.text("suggest.reply.ack"));
                close.add(a.afterBut() != null
                        ? texts.text("suggest.reply.reason").replace("{reason}", upperFirst(trimEnd(a.afterBut())))
                        : texts.text("suggest.reply.negotiate"));
            }
            if (labels.contains(Label.SCOREKEEPING)) {
                close.add(texts.text("suggest.reply.scorekeeping"));
            }
            if (labels.contains(Label.STONEWALLING)) {
                close.add(texts.text("suggest.reply.pause"));
            }
        }
        List<String> all = new ArrayList<>(lead);
        all.addAll(kept);
        all.addAll(close);
        String whole = String.join(" ", dedupe(all));
        if (!whole.isBlank() && check.isClean(kind, whole)) {
            return whole;
        }
        List<String> bridges = new ArrayList<>(lead);
        bridges.addAll(close);
        String bare = String.join(" ", dedupe(bridges));
        return !bare.isBlank() && check.isClean(kind, bare) ? bare : texts.text("suggest.reply.fallback");
    }

    private boolean startsAsReflection(List<String> kept) {
        if (kept.isEmpty()) {
            return false;
        }
        String first = kept.get(0).toLowerCase(Locale.ROOT);
        return first.startsWith("what i") || first.startsWith("so ") || first.startsWith("it sounds") || first.startsWith("you're saying")
                || first.startsWith("i hear") || first.startsWith("sounds like") || first.startsWith("if i");
    }

    private static List<String> dedupe(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank() && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The wording used when nothing of the partner's own could be kept; tests prove it clean. */
    public String fallbackNeed() {
        return new NeedSuggestion(texts.text("suggest.gap.feeling"), texts.text("suggest.gap.situation"),
                texts.text("suggest.gap.request")).sentence();
    }

    public String fallbackReply() {
        return texts.text("suggest.reply.fallback");
    }

    // ------------------------------------------------------------------ words

    private static String strip(String request) {
        for (String lead : new String[] {"you to ", "us to "}) {
            if (request.startsWith(lead)) {
                return request.substring(lead.length());
            }
        }
        return request;
    }

    private static String stripBecause(String s) {
        String t = s.strip();
        return t.toLowerCase(Locale.ROOT).startsWith("because ") ? t.substring(8) : t;
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))
                && !(s.startsWith("I ") || s.startsWith("I'") || s.startsWith("I’"))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String trimEnd(String s) {
        int e = s.length();
        while (e > 0 && (Character.isWhitespace(s.charAt(e - 1)) || ".!?;,".indexOf(s.charAt(e - 1)) >= 0)) {
            e--;
        }
        return s.substring(0, e);
    }
}
