package app.tandem.load;

import app.tandem.kernel.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a partner typed for a load item, before it is checked. */
public record ItemDraft(String title, String area, String cadence, Integer everyDays, Integer minutes,
        String noticing, String planning, String doing, String doneMeans) {

    static final int MAX_TITLE = 120;
    static final int MAX_DONE_MEANS = 500;

    /** The checked item (id and catalogue key as given), or every problem at once. */
    LoadItem validate(long id, String catalogueKey) {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            errors.put("title", "Give the item a short name.");
        } else if (t.length() > MAX_TITLE) {
            errors.put("title", "Keep the name under " + MAX_TITLE + " characters.");
        }
        Area a = Area.parse(area);
        if (a == null) {
            errors.put("area", "Choose an area.");
        }
        Cadence c = Cadence.parse(cadence);
        if (c == null) {
            errors.put("cadence", "Choose how often it comes round.");
        }
        Integer days = c == Cadence.EVERY_N_DAYS ? everyDays : null;
        if (c == Cadence.EVERY_N_DAYS && (days == null || days < 2 || days > 365)) {
            errors.put("everyDays", "Say every how many days: 2 to 365.");
        }
        if (minutes == null || minutes < 1 || minutes > 1440) {
            errors.put("minutes", "Minutes per time: 1 to 1440.");
        }
        Owner n = owner("noticing", noticing, errors);
        Owner p = owner("planning", planning, errors);
        Owner d = owner("doing", doing, errors);
        String means = doneMeans == null ? "" : doneMeans.strip();
        if (means.length() > MAX_DONE_MEANS) {
            errors.put("doneMeans", "Keep \"done means\" under " + MAX_DONE_MEANS + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new LoadItem(id, catalogueKey, t, a, c, days, minutes, n, p, d, means);
    }

    private static Owner owner(String field, String value, Map<String, String> errors) {
        Owner owner = Owner.parse(value);
        if (owner == null) {
            errors.put(field, "Say who owns " + field + ": A, B or shared.");
        }
        return owner;
    }

    static ItemDraft of(LoadItem item) {
        return new ItemDraft(item.title(), item.area().wireName(), item.cadence().wireName(), item.everyDays(),
                item.minutes(), item.noticing().wireName(), item.planning().wireName(), item.doing().wireName(),
                item.doneMeans());
    }
}
