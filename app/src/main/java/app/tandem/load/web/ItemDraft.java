package app.tandem.load.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.load.Area;
import app.tandem.load.Cadence;
import app.tandem.load.ItemDetails;
import app.tandem.load.LoadItem;
import app.tandem.load.Owner;
import app.tandem.load.Phase;

/**
 * A load item as typed, on the item page and in the API alike. Numbers are kept as typed too, so
 * that "abc" minutes is an error beside the field on both paths (JSON numbers bind as well).
 */
public record ItemDraft(String title, String area, String cadence, String everyDays, String minutes,
        String noticing, String planning, String doing, String doneMeans) {

    public ItemDraft {
        title = orEmpty(title);
        area = orEmpty(area);
        cadence = orEmpty(cadence);
        everyDays = orEmpty(everyDays);
        minutes = orEmpty(minutes);
        noticing = orEmpty(noticing);
        planning = orEmpty(planning);
        doing = orEmpty(doing);
        doneMeans = orEmpty(doneMeans);
    }

    static ItemDraft blank(Owner me) {
        return new ItemDraft("", Area.HOME.wireName(), Cadence.WEEKLY.wireName(), "", "30", me.wireName(),
                me.wireName(), me.wireName(), "");
    }

    static ItemDraft of(LoadItem item) {
        return new ItemDraft(item.title(), item.area().wireName(), item.cadence().wireName(),
                item.everyDays() == null ? "" : String.valueOf(item.everyDays()), String.valueOf(item.minutes()),
                item.noticing().wireName(), item.planning().wireName(), item.doing().wireName(), item.doneMeans());
    }

    /** What was typed for {@code phase}'s owner. */
    String owner(Phase phase) {
        return switch (phase) {
            case NOTICING -> noticing;
            case PLANNING -> planning;
            case DOING -> doing;
        };
    }

    /** Every field checked, all at once. */
    ItemDetails toCommand() {
        FieldErrors errors = new FieldErrors();
        String name = title.strip();
        if (name.isEmpty()) {
            errors.add("title", "Give the item a short name.");
        } else if (length(name) > ItemDetails.MAX_TITLE) {
            errors.add("title", "Keep the name under " + ItemDetails.MAX_TITLE + " characters.");
        }
        Area a = Area.parse(area);
        if (a == null) {
            errors.add("area", "Choose an area.");
        }
        Cadence c = Cadence.parse(cadence);
        if (c == null) {
            errors.add("cadence", "Choose how often it comes round.");
        }
        Integer days = c == Cadence.EVERY_N_DAYS ? number(everyDays, 2, 365) : null;
        if (c == Cadence.EVERY_N_DAYS && days == null) {
            errors.add("everyDays", "Say every how many days: 2 to 365.");
        }
        Integer m = number(minutes, 1, 1440);
        if (m == null) {
            errors.add("minutes", "Minutes per time: 1 to 1440.");
        }
        Owner n = owner(errors, Phase.NOTICING);
        Owner p = owner(errors, Phase.PLANNING);
        Owner d = owner(errors, Phase.DOING);
        String means = doneMeans.strip();
        if (length(means) > ItemDetails.MAX_DONE_MEANS) {
            errors.add("doneMeans", "Keep \u201cdone means\u201d under " + ItemDetails.MAX_DONE_MEANS + " characters.");
        }
        return errors.orThrow(() -> new ItemDetails(name, a, c, days, m, n, p, d, means));
    }

    private Owner owner(FieldErrors errors, Phase phase) {
        Owner owner = Owner.parse(owner(phase));
        if (owner == null) {
            errors.add(phase.wireName(), "Say who owns " + phase.label() + ": A, B or shared.");
        }
        return owner;
    }

    /** The whole number in [min, max] that {@code typed} is, or null. */
    static Integer number(String typed, int min, int max) {
        try {
            int value = Integer.parseInt(typed.strip());
            return value < min || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
