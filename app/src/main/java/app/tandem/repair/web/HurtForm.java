package app.tandem.repair;

import java.util.List;
import java.util.Map;

/** The "name a hurt" form: what it is about, what was typed, the commitments one may invoke. */
public record HurtForm(String subject, Long subjectId, String whatHappened, String howIFelt, String commitment,
        List<String> commitments, Map<String, String> errors) {

    public String error(String field) {
        return errors.get(field);
    }
}
