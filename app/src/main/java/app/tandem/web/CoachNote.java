package app.tandem.web;

import app.tandem.coach.Finding;
import app.tandem.coach.Label;
import app.tandem.coach.Review;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The coach's review of one field, ready to render: the text cut into plain and highlighted
 * pieces (the words behind each finding), and each finding in words a partner understands.
 */
public record CoachNote(String field, String fieldName, List<Piece> pieces, List<Note> notes) {

    /** A run of the partner's text; {@code label} is set when the coach points at it. */
    public record Piece(String text, String label) {
        public boolean marked() {
            return label != null;
        }
    }

    /** One finding: its label's name, the words, why it matters and what to try instead. */
    public record Note(String label, String words, String explanation, String antidote) {}

    /** Whether the partner wrote anything in this field: the coach has nothing to praise in a blank one. */
    public boolean blank() {
        return pieces.stream().allMatch(p -> p.text().isBlank());
    }

    /** The parts of a form still left blank, by their names ("I feel", "Because"). */
    public static List<String> blankOnes(List<CoachNote> notes) {
        return notes.stream().filter(CoachNote::blank).map(CoachNote::fieldName).toList();
    }

    public static CoachNote of(String field, String fieldName, String text, Review review) {
        List<Finding> findings = review.findings().stream()
                .filter(f -> f.start() >= 0 && f.end() <= text.length() && f.start() < f.end())
                .sorted(Comparator.comparingInt(Finding::start)).toList();
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Finding f : findings) {
            if (f.start() < at) {
                continue; // overlaps the previous highlight, which already covers its words
            }
            if (f.start() > at) {
                pieces.add(new Piece(text.substring(at, f.start()), null));
            }
            pieces.add(new Piece(text.substring(f.start(), f.end()), name(f.label())));
            at = f.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        List<Note> notes = review.findings().stream()
                .map(f -> new Note(name(f.label()), f.trigger(), CoachWords.explanation(f), CoachWords.antidote(f)))
                .toList();
        return new CoachNote(field, fieldName, pieces, notes);
    }

    public boolean clean() {
        return notes.isEmpty();
    }

    /** A label's name in the words the coach uses with partners, in the page's language. */
    public static String name(Label label) {
        return CoachWords.name(label);
    }
}
