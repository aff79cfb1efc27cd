package app.tandem.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The rules a submitted input breaks, collected field by field so that the partner sees every
 * one of them at once rather than one per try. An input record's {@code toCommand()} fills one
 * and ends with {@link #orThrow}.
 */
public final class FieldErrors {

    private final Map<String, Phrase> errors = new LinkedHashMap<>();

    /** The text, trimmed; records why not if it is empty where required or too long. */
    public String text(String field, Phrase what, String value, boolean required) {
        return TextRules.check(errors, field, what, value, required);
    }

    /** The parsed value, or {@code null} with the parser's messages recorded. */
    public <T> T parse(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidInputException e) {
            e.phrases().forEach(errors::putIfAbsent);
            return null;
        }
    }

    public void add(String field, Phrase message) {
        errors.putIfAbsent(field, message);
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** The command when nothing was recorded; otherwise every message, in one exception. */
    public <C> C orThrow(Supplier<C> command) {
        TextRules.throwIfAny(errors);
        return command.get();
    }
}
