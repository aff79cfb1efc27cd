package app.tandem.load.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
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
            errors.add("title", Phrase.of("load.error.title"));
        } else if (length(name) > ItemDetails.MAX_TITLE) {
            errors.add("title", Phrase.of("load.error.title.too-long", ItemDetails.MAX_TITLE));
        }
        Area a = Area.parse(area);
        if (a == null) {
            errors.add("area", Phrase.of("load.error.area"));
        }
        Cadence c = Cadence.parse(cadence);
        if (c == null) {
            errors.add("cadence", Phrase.of("load.error.cadence"));
        }
        Integer days = c == Cadence.EVERY_N_DAYS ? number(everyDays, 2, 365) : null;
        if (c == Cadence.EVERY_N_DAYS && days == null) {
            errors.add("everyDays", Phrase.of("load.error.every-days"));
        }
        Integer m = number(minutes, 1, 1440);
        if (m == null) {
            errors.add("minutes", Phrase.of("load.error.minutes"));
        }
        Owner n = owner(errors, Phase.NOTICING);
        Owner p = owner(errors, Phase.PLANNING);
        Owner d = owner(errors, Phase.DOING);
        String means = doneMeans.strip();
        if (length(means) > ItemDetails.MAX_DONE_MEANS) {
            errors.add("doneMeans", Phrase.of("load.error.done-means.too-long", ItemDetails.MAX_DONE_MEANS));
        }
        return errors.orThrow(() -> new ItemDetails(name, a, c, days, m, n, p, d, means));
    }

    private Owner owner(FieldErrors errors, Phase phase) {
        Owner owner = Owner.parse(owner(phase));
        if (owner == null) {
            errors.add(phase.wireName(), Phrase.of("load.error.owner." + phase.wireName()));
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
