package app.tandem.pause.web;

import java.util.Map;

/**
 * The pause box's form on a page of its own, when what was asked for cannot be: what was typed,
 * beside its errors, and the way back to the conversation ({@code backTo}).
 */
public record PauseForm(PauseDraft draft, String backTo, Map<String, String> errors) {

    public String error(String field) {
        return errors.get(field);
    }

    public String minutes() {
        return draft.minutes() == null ? "" : draft.minutes().toString();
    }
}
