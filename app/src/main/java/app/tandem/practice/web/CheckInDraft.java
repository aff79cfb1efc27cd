package app.tandem.practice.web;

import app.tandem.kernel.FieldErrors;
import app.tandem.kernel.Phrase;
import app.tandem.practice.CheckInStatements;
import app.tandem.practice.TakeCheckIn;
import java.util.ArrayList;
import java.util.List;

/**
 * A check-in as submitted: one answer per statement, "1" (not at all like me) to "5" (very like
 * me); the form posts {@code answers[0]}…, the JSON carries {@code "answers": [..]}.
 */
public record CheckInDraft(List<String> answers) {

    /** A mutable list: after the constructor, the form binder sets {@code answers[i]} on it once more. */
    public CheckInDraft {
        answers = answers == null ? new ArrayList<>()
                : new ArrayList<>(answers.stream().map(a -> a == null ? "" : a.strip()).toList());
    }

    public String answer(int index) {
        String answer = index < answers.size() ? answers.get(index) : null;
        return answer == null ? "" : answer.strip();
    }

    TakeCheckIn toCommand() {
        FieldErrors errors = new FieldErrors();
        if (answers.size() > CheckInStatements.ALL.size()) {
            errors.add("answers", Phrase.of("practice.error.answers", CheckInStatements.ALL.size()));
        }
        List<Integer> parsed = new ArrayList<>();
        for (int i = 0; i < CheckInStatements.ALL.size(); i++) {
            Integer value = parse(answer(i));
            if (value == null) {
                errors.add("answers[" + i + "]", Phrase.of("practice.error.answer", i + 1, CheckInStatements.SCALE_MIN,
                        CheckInStatements.SCALE_MAX));
            }
            parsed.add(value);
        }
        return errors.orThrow(() -> new TakeCheckIn(parsed));
    }

    private static Integer parse(String value) {
        if (!value.matches("[0-9]")) {
            return null;
        }
        int n = Integer.parseInt(value);
        return n >= CheckInStatements.SCALE_MIN && n <= CheckInStatements.SCALE_MAX ? n : null;
    }
}
