package app.tandem.coach.suggest;

import app.tandem.coach.Kind;
import app.tandem.coach.Label;
import app.tandem.coach.analysis.Analysis;
import app.tandem.coach.lexicon.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the kinder wording. For a need: "I feel ___ because ___, and I need ___.", filled with
 * the partner's own real feeling, situation and ask where those came through clean, and with
 * warm defaults where they did not. For a reply: an acknowledging answer that keeps the
 * partner's own reason where it can. Every candidate is reviewed again and only a clean one is
 * returned; the last fallback of each kind is checked clean by the tests.
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

    public Suggester(Lexicon texts, Check check) {
        this.texts = texts;
        this.check = check;
        this.thingStarts = texts.list("thing_starts");
    }

    public String suggest(Kind kind, Analysis a) {
        if (a.isClean()) {
            return null;
        }
        return kind == Kind.REPLY ? reply(a) : need(a);
    }

    /** The whole "I feel … because …, and I need …" for a need written field by field. */
    public String suggestNeed(Analysis feeling, String feelingText, Analysis because, String becauseText,
                              Analysis need, String needText) {
        String f = feeling.isClean() ? fieldFeeling(feelingText) : feelingFor(feeling, need);
        if (f == null) {
            f = feelingFor(feeling, need);
        }
        String b = because.isClean() && !becauseText.isBlank() ? stripBecause(trimEnd(becauseText)) : null;
        String n = need.isClean() && !needText.isBlank() ? needPhrase(trimEnd(needText)) : requestFor(need);
        return firstClean(Kind.NEED,
                sentence(f, b != null ? b : defaultSituation(because), n),
                sentence(f, defaultSituation(because), n),
                sentence(f, defaultSituation(because), requestFor(need)),
                fallbackNeed());
    }

    private String need(Analysis a) {
        String feeling = feelingFor(a, a);
        String situation = a.situation() != null ? a.situation() : defaultSituation(a);
        String request = a.request() != null && !a.labels().contains(Label.NEGATIVE_REQUEST) && !a.labels().contains(Label.VAGUE_REQUEST)
                ? a.request() : requestFor(a);
        return firstClean(Kind.NEED,
                sentence(feeling, situation, request),
                sentence(feeling, defaultSituation(a), request),
                sentence(feeling, defaultSituation(a), requestFor(a)),
                sentence(feeling, defaultSituation(a), texts.text("suggest.request.vague")),
                fallbackNeed());
    }

    private String reply(Analysis a) {
        Label top = topReplyLabel(a.labels());
        String own = a.afterBut();
        String withReason = own == null ? null
                : texts.text("suggest.reply.dismissal.with").replace("{reason}", upperFirst(trimEnd(own)));
        return firstClean(Kind.REPLY,
                top == Label.DISMISSAL ? withReason : null,
                texts.text("suggest.reply." + top.wireName()),
                fallbackReply());
    }

    private static Label topReplyLabel(List<Label> labels) {
        for (Label l : List.of(Label.STONEWALLING, Label.CONTEMPT, Label.DEFENSIVENESS, Label.DISMISSAL, Label.CRITICISM)) {
            if (labels.contains(l)) {
                return l;
            }
        }
        return Label.CRITICISM;
    }

    private String feelingFor(Analysis a, Analysis fallback) {
        if (a.realFeeling() != null) {
            return a.realFeeling();
        }
        if (a.judgmentFeeling() != null) {
            String mapped = texts.text("suggest.feeling.for." + a.judgmentFeeling());
            return mapped != null ? mapped : texts.text("suggest.feeling.judgment");
        }
        List<Label> labels = a.labels().isEmpty() ? fallback.labels() : a.labels();
        // A faux feeling is the speaker's attempt at a feeling: answer it with a real one first.
        Label first = labels.contains(Label.FAUX_FEELING) ? Label.FAUX_FEELING : labels.isEmpty() ? Label.CRITICISM : labels.get(0);
        String byLabel = texts.text("suggest.feeling." + first.wireName());
        return byLabel != null ? byLabel : texts.text("suggest.feeling.default");
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

    private String defaultSituation(Analysis a) {
        String s = a.labels().isEmpty() ? null : texts.text("suggest.situation." + a.labels().get(0).wireName());
        return s != null ? s : texts.text("suggest.situation.default");
    }

    private String requestFor(Analysis a) {
        if (a.labels().contains(Label.NEGATIVE_REQUEST) && a.avoided() != null) {
            return texts.text("suggest.request.instead").replace("{avoided}", trimEnd(a.avoided()));
        }
        if (a.labels().contains(Label.VAGUE_REQUEST)) {
            // "us to pick one specific thing you could do this week to be more present, …":
            // the partner's own goal, made concrete by asking for one action and a time.
            return a.vagueAsk() != null
                    ? texts.text("suggest.request.vague.goal").replace("{goal}", trimEnd(a.vagueAsk()))
                    : texts.text("suggest.request.vague");
        }
        if (a.request() != null && !a.labels().contains(Label.NEGATIVE_REQUEST)) {
            return a.request();
        }
        return texts.text("suggest.request.default");
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
        if (thingStarts.contains(first) || first.isEmpty() || Character.isDigit(first.charAt(0))) {
            return t;
        }
        return "you to " + Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    private static String stripBecause(String s) {
        String t = s.strip();
        return t.toLowerCase(Locale.ROOT).startsWith("because ") ? t.substring(8) : t;
    }

    private static String sentence(String feeling, String situation, String request) {
        if (feeling == null || situation == null || request == null) {
            return null;
        }
        return "I feel " + feeling + " because " + situation + ", and I need " + request + ".";
    }

    private String firstClean(Kind kind, String... candidates) {
        for (String c : candidates) {
            if (c != null && check.isClean(kind, c)) {
                return c;
            }
        }
        return kind == Kind.REPLY ? fallbackReply() : fallbackNeed();
    }

    /** The wording used when nothing of the partner's own could be kept; tests prove it clean. */
    public String fallbackNeed() {
        return texts.text("suggest.need.fallback");
    }

    public String fallbackReply() {
        return texts.text("suggest.reply.fallback");
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
