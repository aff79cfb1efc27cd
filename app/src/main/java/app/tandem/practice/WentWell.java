package app.tandem.practice;

import java.util.List;

/** What went well this week, pulled from the bids, needs and repairs of the last seven days. */
public record WentWell(List<String> bidsTurnedToward, List<String> needsMet, List<String> repairs) {

    public boolean nothingYet() {
        return bidsTurnedToward.isEmpty() && needsMet.isEmpty() && repairs.isEmpty();
    }
}
