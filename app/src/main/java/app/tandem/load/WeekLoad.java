package app.tandem.load;

import java.time.LocalDate;

/** One ISO week (Monday to Sunday, UTC) of the ledger: what each partner carried. */
public record WeekLoad(LocalDate monday, Carried carried) {

    public LocalDate sunday() {
        return monday.plusDays(6);
    }
}
