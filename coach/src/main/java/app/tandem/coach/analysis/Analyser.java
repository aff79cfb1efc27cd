package app.tandem.coach.analysis;

/** One way of noticing a pattern in a prepared text. Implementations are stateless and thread-safe. */
interface Analyser {

    void analyse(Doc doc, Findings out);
}
