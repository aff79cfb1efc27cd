package app.tandem.coach.analysis;

import app.tandem.coach.Kind;
import app.tandem.coach.lexicon.Lexicon;
import java.util.List;

/** Runs the pipeline on one text: prepare the {@link Doc}, run every analyser, collect the parts. */
public final class Reviewer {

    private final Lexicon lexicon;
    private final Vocabulary vocabulary;
    private final List<Analyser> analysers;
    private final Parts parts;

    public Reviewer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.vocabulary = new Vocabulary(lexicon);
        this.analysers = List.of(
                new PhraseAnalyser(lexicon),
                new CriticismAnalyser(vocabulary),
                new ContemptAnalyser(vocabulary),
                new FeelingAnalyser(vocabulary),
                new RequestAnalyser(vocabulary),
                new DismissalAnalyser(vocabulary),
                new ScorekeepingAnalyser(vocabulary));
        this.parts = new Parts(vocabulary);
    }

    public Analysis analyse(Kind kind, String text) {
        Doc doc = new Doc(text, kind, lexicon, vocabulary);
        Findings findings = new Findings(doc, lexicon);
        for (Analyser analyser : analysers) {
            analyser.analyse(doc, findings);
        }
        return parts.of(doc, findings);
    }

    public Lexicon lexicon() {
        return lexicon;
    }
}
