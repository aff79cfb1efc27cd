package app.tandem.agreement;

import app.tandem.kernel.TranslatedLines;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The starter commitments, from agreement/starter-commitments.txt ("area|commitment" a line) and
 * its translations, offered in the reader's language. Once a couple takes one into their
 * agreement, it is their own words and stays as they saved it.
 */
@Component
class StarterCommitments {

    private final TranslatedLines lines = new TranslatedLines("agreement/starter-commitments.txt");

    List<StarterCommitment> all() {
        return lines.current().stream()
                .map(l -> l.split("\\|", 2))
                .map(parts -> new StarterCommitment(parts[0].strip(), parts[1].strip()))
                .toList();
    }
}
