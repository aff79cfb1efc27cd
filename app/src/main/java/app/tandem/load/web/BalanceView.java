package app.tandem.load.web;

import app.tandem.kernel.Phrase;
import app.tandem.load.Balance;
import app.tandem.load.Carried;
import app.tandem.load.FairShareAction;
import app.tandem.load.Handover;
import app.tandem.load.HandoverAction;
import app.tandem.load.Owner;
import app.tandem.load.WeekLoad;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The balance page: the service's {@link Balance} plus words and the trend chart's geometry,
 * drawn as server-side SVG (no script, no inline style: the stylesheet colours it). After a
 * refused proposal or hand-over, {@code errors} says why beside the form, and {@code fairShare}
 * keeps what was typed.
 */
public record BalanceView(Balance balance, FairShareDraft fairShare, Map<String, String> errors) {

    /** {@code typed} is null when no split was typed: the form then shows the agreed one. */
    static BalanceView of(Balance balance, FairShareDraft typed, Map<String, String> errors) {
        return new BalanceView(balance, typed != null ? typed
                : new FairShareDraft(String.valueOf(balance.fairShare().targetOf(balance.me()))), errors);
    }

    /** Chart geometry, in SVG user units: the plot runs from TOP to BOTTOM. */
    public static final int WIDTH = 336;
    public static final int HEIGHT = 190;
    static final int LEFT = 36;
    static final int TOP = 10;
    static final int BOTTOM = 150;
    static final int SLOT = (WIDTH - LEFT) / Balance.WEEKS;
    static final int BAR = 17;

    /** One week's bar: A's share at the bottom, B's above it; {@code empty} when nothing was logged. */
    public record Bar(int x, int width, int yA, int heightA, int yB, int heightB, boolean empty, String label,
            String summary) {}

    /** A y-axis gridline with its percent. */
    public record Tick(int y, String label) {}

    /**
     * What the load is compared with: the couple's own split (1), or an even one nobody agreed yet
     * (0). A number, not words: each sentence chooses its own ({0,choice,0#…|1#…}), so that a
     * language can decline the words where the sentence needs it.
     */
    public int agreedSplit() {
        return balance.fairShare().agreed() ? 1 : 0;
    }

    public String name(Owner owner) {
        return Names.of(balance.partners(), owner);
    }

    public Owner me() {
        return balance.me();
    }

    public Owner other() {
        return balance.me().other();
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    /** The other partner proposed a split: agree, or talk first. */
    public boolean canAgree() {
        return balance.fairShare().can(FairShareAction.AGREE, me());
    }

    /** I proposed a split that waits for the other: I can withdraw it. */
    public boolean awaitsPartner() {
        return balance.fairShare().proposedBy(me());
    }

    /** Nothing waits: the page offers a new split (the API also takes a counter-offer while one waits). */
    public boolean canPropose() {
        return !balance.fairShare().pending();
    }

    /** The hand-over is offered to me: yes or not now. */
    public boolean canAnswer(Handover handover) {
        return handover.can(HandoverAction.ACCEPT, me());
    }

    public String duration(int seconds) {
        return Names.duration(seconds);
    }

    public String weekOf(WeekLoad week) {
        return Phrase.of("load.balance.weekOf", day(week.monday()), day(week.sunday())).say();
    }

    /** "1 Dec", "1. Dez.": the pattern is the catalogue's, the month's name the reader's language's. */
    private static String day(java.time.LocalDate date) {
        Locale locale = LocaleContextHolder.getLocaleContext() == null ? Locale.ENGLISH : LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(Phrase.of("load.balance.dayPattern").say(), locale).format(date);
    }

    public List<WeekLoad> weeksNewestFirst() {
        List<WeekLoad> weeks = new ArrayList<>(balance.weeks());
        java.util.Collections.reverse(weeks);
        return weeks;
    }

    public List<Bar> bars() {
        List<Bar> bars = new ArrayList<>();
        List<WeekLoad> weeks = balance.weeks();
        for (int i = 0; i < weeks.size(); i++) {
            WeekLoad week = weeks.get(i);
            Carried c = week.carried();
            int x = LEFT + i * SLOT + (SLOT - BAR) / 2;
            String label = i == weeks.size() - 1 ? Phrase.of("load.balance.chart.now").say()
                    : i % 3 == 0 ? day(week.monday()) : "";
            if (c.total() == 0) {
                bars.add(new Bar(x, BAR, TOP, 0, TOP, BOTTOM - TOP, true, label,
                        Phrase.of("load.balance.chart.weekEmpty", weekOf(week)).say()));
                continue;
            }
            int heightA = (int) Math.round((BOTTOM - TOP) * (double) c.a() / c.total());
            bars.add(new Bar(x, BAR, BOTTOM - heightA, heightA, TOP, BOTTOM - TOP - heightA, false, label,
                    Phrase.of("load.balance.chart.week", weekOf(week), name(Owner.A), c.percentOf(Owner.A),
                            name(Owner.B), c.percentOf(Owner.B)).say()));
        }
        return bars;
    }

    /** Where partner A's agreed share sits on the chart. */
    public int targetY() {
        return BOTTOM - (int) Math.round((BOTTOM - TOP) * balance.fairShare().targetA() / 100.0);
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - 2;
    }

    public int labelY() {
        return BOTTOM + 16;
    }

    public int legendY() {
        return BOTTOM + 34;
    }

    public List<Tick> ticks() {
        return List.of(new Tick(BOTTOM, percent(0)), new Tick((TOP + BOTTOM) / 2, percent(50)), new Tick(TOP, percent(100)));
    }

    /** "42%" or "42 %", as the reader's language writes a percent. */
    private static String percent(int n) {
        return Phrase.of("load.percent", n).say();
    }

    public String chartDescription() {
        return Phrase.of("load.balance.chart.description", name(Owner.A), name(Owner.B), agreedSplit(),
                balance.fairShare().targetA(), 100 - balance.fairShare().targetA()).say();
    }
}
