package app.tandem.load;

/**
 * A load item as the couple describes it, checked: what a new item is made of and what an edit
 * changes. {@code everyDays} is set for {@link Cadence#EVERY_N_DAYS} only.
 */
public record ItemDetails(String title, Area area, Cadence cadence, Integer everyDays, int minutes, Owner noticing,
        Owner planning, Owner doing, String doneMeans) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_DONE_MEANS = 500;

    LoadItem asItem(long id, String catalogueKey) {
        return new LoadItem(id, catalogueKey, title, area, cadence, everyDays, minutes, noticing, planning, doing,
                doneMeans);
    }
}
