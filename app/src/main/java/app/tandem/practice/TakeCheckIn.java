package app.tandem.practice;

import java.util.List;

/** A check-in's answers, checked: one per statement, each on the scale. */
public record TakeCheckIn(List<Integer> answers) {

    public TakeCheckIn {
        answers = List.copyOf(answers);
        if (answers.size() != CheckInStatements.ALL.size()) {
            throw new IllegalArgumentException("one answer per statement");
        }
    }
}
