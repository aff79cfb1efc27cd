package app.tandem.plan;

import app.tandem.kernel.Phrase;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Plans as iCalendar (RFC 5545), through ical4j: for each plan its event with a reminder an hour
 * before, and its debrief when one is set. What a line says is chosen by the caller: a plan's own
 * file (downloaded by a signed-in partner) names it; the feed (a link that may end up in a shared
 * calendar) says only "A Tandem plan" unless its partner opted in to titles. Never a place, a
 * prediction or an agreement. (Each event's DTSTAMP is ical4j's own, set when it is made.) Its words
 * are in {@code language}: the downloading partner's, or the feed's owner's.
 */
final class PlanCalendar {

    static final Duration REMIND_BEFORE = Duration.ofHours(1);
    static final Duration DEBRIEF_LENGTH = Duration.ofMinutes(30);

    private PlanCalendar() {}

    /** One plan's own file: its title and place are the partner's to download. */
    static String ofPlan(PlanSummary plan, String baseUrl, Locale language) {
        return write(List.of(plan), true, true, baseUrl, language);
    }

    /** The feed: content-free unless {@code withTitles}. */
    static String feed(List<PlanSummary> plans, boolean withTitles, String baseUrl, Locale language) {
        return write(plans, withTitles, false, baseUrl, language);
    }

    private static String write(List<PlanSummary> plans, boolean titles, boolean place, String baseUrl,
            Locale language) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Tandem//Plans//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (PlanSummary plan : plans) {
            String summary = titles ? words(language, "plan.calendar.event.titled", plan.title())
                    : words(language, "plan.calendar.event");
            VEvent event = new VEvent(plan.startsAt(), summary);
            event.add(new Uid("plan-" + plan.id() + "@tandem"));
            event.add(new Description(baseUrl + PlanService.path(plan.id())));
            if (place && !plan.place().isBlank()) {
                event.add(new Location(plan.place()));
            }
            VAlarm alarm = new VAlarm(REMIND_BEFORE.negated());
            alarm.add(new Action(Action.VALUE_DISPLAY));
            alarm.add(new Description(titles ? words(language, "plan.calendar.alarm.titled", plan.title())
                    : words(language, "plan.calendar.alarm")));
            event.add(alarm);
            calendar.add(event);
            if (plan.debriefAt() != null) {
                VEvent debrief = new VEvent(plan.debriefAt(), DEBRIEF_LENGTH,
                        titles ? words(language, "plan.calendar.debrief.titled", plan.title())
                                : words(language, "plan.calendar.debrief"));
                debrief.add(new Uid("debrief-" + plan.id() + "@tandem"));
                debrief.add(new Description(baseUrl + PlanService.path(plan.id())));
                calendar.add(debrief);
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String words(Locale language, String key, Object... args) {
        return Phrase.of(key, args).in(language);
    }
}
