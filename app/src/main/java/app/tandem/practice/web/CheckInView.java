package app.tandem.practice.web;

import app.tandem.practice.CheckIn;
import app.tandem.practice.CheckInStatements;
import app.tandem.practice.Leaning;
import app.tandem.practice.SharedLeaning;
import app.tandem.practice.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The check-in page: the statements to answer (with what was typed and its errors), and my history. */
public record CheckInView(CheckInDraft draft, Map<String, String> errors, List<CheckIn> history,
        Optional<SharedLeaning> myShared) {

    public List<Statement> statements() {
        return CheckInStatements.ALL;
    }

    public List<Integer> scale() {
        return List.of(1, 2, 3, 4, 5);
    }

    public boolean checked(Statement s, int value) {
        return draft.answer(s.number() - 1).equals(String.valueOf(value));
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public String answerError(Statement s) {
        return error(answerField(s));
    }

    /** The id of the error beside a statement's answer, which its fieldset is described by. */
    public String answerErrorId(Statement s) {
        return answerField(s) + "-error";
    }

    /** A statement's answer as the form names it: answers[0] for statement 1. */
    private static String answerField(Statement s) {
        return "answers[" + (s.number() - 1) + "]";
    }

    public List<Leaning> leanings() {
        return List.of(Leaning.values());
    }
}
