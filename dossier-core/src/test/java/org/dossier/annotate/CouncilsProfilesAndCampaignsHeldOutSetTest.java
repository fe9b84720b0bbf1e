package org.dossier.annotate;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.annotate.QuoteScore.Case;
import org.dossier.model.Annotations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quote recall and speaker accuracy on the seventeenth held-out English set, scored as {@link HeldOutEnglishNewsTest}
 * scores the first ones. Set R ({@code heldout-news-en-r.txt}): six long articles (a council budget meeting with
 * residents at the microphone, a founder's business profile with investors and an analyst, a US crime story with a
 * preliminary hearing, a snow and rail disruption with commuters named by first name and age, a campaign rally with
 * the rival's statement and a spokeswoman's email, an actor's profile quoting a magazine interview), 95 quotes,
 * written before any rule change for it. First read: recall 0.989 (94 of 95), speakers 0.787 (74 of 94). The first
 * read also counted one paraphrase, a labelling error of the set and no error of the reader: its line "!!! Cancelled"
 * (the departure boards' word) matched the true quote "My lecture got cancelled anyway"; the line was removed
 * before the set was committed, the article text unchanged. Missed at first read: a question after "The first
 * question came from X of Y." (twice) and the answer to one, "the witness replied" and "the detective" for a detective named without her
 * rank, "a price its founder, X, called" and "a problem X calls", a speaker introduced as "Tom, a 52-year-old
 * electrician" and "Sunita, 41, a teacher", quotes after a paragraph opening with a year ("Last year Fieldpour
 * …") given to the company, "his campaign said" and "the statement said" left unnamed, and a speaker after
 * "campaigning in Fenwick" given to the place. After the rules for it ({@link RelativeDescribersAndQuestionSourcesTest}):
 * recall 1.000 (95 of 95) and speakers 0.832 (79 of 95). Left: "the witness replied" and "the detective", "Tom, a
 * 52-year-old electrician" and "Sunita, 41, a teacher", the he/she after a paragraph whose "Last year Fieldpour
 * recalled …" is read as speech, "his campaign said", the answer to the reporter's question
 * given to the last woman named, and the subject before "campaigning in Fenwick". With set S's rules
 * ({@link CampaignsParticiplesAndInvestigatorsTest}): speakers 0.916 (87 of 95); "the witness replied", "the
 * detective", "Tom, a 52-year-old electrician" and "his campaign said" are read right.
 */
class CouncilsProfilesAndCampaignsHeldOutSetTest {
    private static final double RECALL_R = 1.0;
    private static final double SPEAKERS_R = 0.91;

    private static final Map<Case, Annotations> READ_R = new LinkedHashMap<>();

    @BeforeAll
    static void annotateTheSet() throws IOException {
        for (Case c : HeldOutEnglishNewsTest.cases("heldout-news-en-r.txt")) {
            READ_R.put(c, Texts.annotate(c.text(), c.date()));
        }
    }

    @Test
    void quotesAndTheirSpeakersAreFoundOnCouncilMeetingsProfilesCrimeStoriesCommutersRalliesAndInterviews() {
        HeldOutEnglishNewsTest.quotes("heldout-news-en-r.txt", READ_R, RECALL_R, SPEAKERS_R);
    }
}
