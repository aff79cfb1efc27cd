package app.tandem.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule, with a message per field that the partner can act on. The messages
 * are phrases, said in the reader's language when the page or the API answer shows them.
 */
public class InvalidInputException extends RuntimeException {

    private final transient Map<String, Phrase> fieldErrors;

    public InvalidInputException(Map<String, Phrase> fieldErrors) {
        super("Some fields need another look: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public InvalidInputException(String field, Phrase message) {
        this(Map.of(field, message));
    }

    /** Each field's message in the language of the request being answered. */
    public Map<String, String> fieldErrors() {
        Map<String, String> said = new LinkedHashMap<>();
        fieldErrors.forEach((field, phrase) -> said.put(field, phrase.say()));
        return said;
    }

    public Map<String, Phrase> phrases() {
        return fieldErrors;
    }
}
