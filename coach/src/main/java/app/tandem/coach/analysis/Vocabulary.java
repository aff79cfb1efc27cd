package app.tandem.coach.analysis;

import app.tandem.coach.lexicon.Lexicon;
import app.tandem.coach.lexicon.Word;

/**
 * The word classes and single words the analysers ask about, resolved to ids once when the
 * coach is built (a missing resource fails then, not in the middle of a review).
 */
final class Vocabulary {

    final int subjects;
    final int clauseOpeners;
    final int negators;
    final int requestOpeners;
    final int please;
    final int imperativeVerbs;
    final int discourse;
    final int absolutesAlways;
    final int absolutesNever;
    final int predicatesPositive;
    final int predicatesNegative;
    final int traitsNegative;
    final int traitsPositive;
    final int intensifiers;
    final int insults;
    final int contemptAdjectives;
    final int sarcasticPraise;
    final int failureEvents;
    final int feelVerbs;
    final int feelingAdverbs;
    final int feelingsFaux;
    final int feelingsWanted;
    final int feelingsReal;
    final int cessationVerbs;
    final int errandParticles;
    final int harmlessNegatives;
    final int vagueAsks;
    final int abstractNeeds;
    final int quantifiers;
    final int timeWords;
    final int numbers;
    final int acknowledgements;
    final int counterOffers;
    final int returnOffers;
    final int ownedMisses;
    final int owning;
    final int choreVerbs;
    final int tallyMarkers;
    final int everyTime;
    final int modals;
    final int notBeforeSubject;
    final int otherParties;
    final int ceasingObjects;
    final int determiners;
    final int noObligation;
    final int neverInverting;

    final Word and;
    final Word or;
    final Word so;
    final Word you;
    final Word your;
    final Word i;
    final Word me;
    final Word it;
    final Word are;
    final Word is;
    final Word to;
    final Word like;
    final Word that;
    final Word as;
    final Word but;
    final Word by;
    final Word a;
    final Word an;
    final Word not;
    final Word being;
    final Word be;
    final Word comma;

    Vocabulary(Lexicon lx) {
        subjects = lx.classId("subjects");
        clauseOpeners = lx.classId("clause_openers");
        negators = lx.classId("negators");
        requestOpeners = lx.classId("request_openers");
        please = lx.classId("please");
        imperativeVerbs = lx.classId("imperative_verbs");
        discourse = lx.classId("discourse");
        absolutesAlways = lx.classId("absolutes_always");
        absolutesNever = lx.classId("absolutes_never");
        predicatesPositive = lx.classId("predicates_positive");
        predicatesNegative = lx.classId("predicates_negative");
        traitsNegative = lx.classId("traits_negative");
        traitsPositive = lx.classId("traits_positive");
        intensifiers = lx.classId("intensifiers");
        insults = lx.classId("insults");
        contemptAdjectives = lx.classId("contempt_adjectives");
        sarcasticPraise = lx.classId("sarcastic_praise");
        failureEvents = lx.classId("failure_events");
        feelVerbs = lx.classId("feel_verbs");
        feelingAdverbs = lx.classId("feeling_adverbs");
        feelingsFaux = lx.classId("feelings_faux");
        feelingsWanted = lx.classId("feelings_wanted");
        feelingsReal = lx.classId("feelings_real");
        cessationVerbs = lx.classId("cessation_verbs");
        errandParticles = lx.classId("errand_particles");
        harmlessNegatives = lx.classId("harmless_negatives");
        vagueAsks = lx.classId("vague_asks");
        abstractNeeds = lx.classId("abstract_needs");
        quantifiers = lx.classId("quantifiers");
        timeWords = lx.classId("time_words");
        numbers = lx.classId("numbers");
        acknowledgements = lx.classId("acknowledgements");
        counterOffers = lx.classId("counter_offers");
        returnOffers = lx.classId("return_offers");
        ownedMisses = lx.classId("owned_misses");
        owning = lx.classId("owning");
        choreVerbs = lx.classId("chore_verbs");
        tallyMarkers = lx.classId("tally_markers");
        everyTime = lx.classId("every_time");
        modals = lx.classId("modals");
        notBeforeSubject = lx.classId("not_before_subject");
        otherParties = lx.classId("other_parties");
        ceasingObjects = lx.classId("ceasing_objects");
        determiners = lx.classId("determiners");
        noObligation = lx.classId("no_obligation");
        neverInverting = lx.classId("never_inverting");

        and = lx.word("and");
        or = lx.word("or");
        so = lx.word("so");
        you = lx.word("you");
        your = lx.word("your");
        i = lx.word("i");
        me = lx.word("me");
        it = lx.word("it");
        are = lx.word("are");
        is = lx.word("is");
        to = lx.word("to");
        like = lx.word("like");
        that = lx.word("that");
        as = lx.word("as");
        but = lx.word("but");
        by = lx.word("by");
        a = lx.word("a");
        an = lx.word("an");
        not = lx.word("not");
        being = lx.word("being");
        be = lx.word("be");
        comma = lx.word(",");
        for (Word w : new Word[] {and, or, so, you, your, i, me, it, are, is, to, like, that, as, but, by, a, an, not, being, be, comma}) {
            if (w == null) {
                throw new IllegalStateException("a core word is missing from the lexicon (words/core.txt)");
            }
        }
    }
}
