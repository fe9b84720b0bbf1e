package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.cluster.StoryClusterer.Doc;
import org.junit.jupiter.api.Test;

/**
 * A story that holds reports of two languages takes a later report of one of them by the names they all share, as
 * a report of the other language would be taken, though its words have moved on from the first day's (the talks
 * became a deal); a report of the same days naming other parties stays apart.
 */
class MixedStoryFollowUpTest {
    private static Doc doc(String id, String date, String lang, String title, String text) {
        return Doc.of(id, title, text, LocalDate.parse(date), lang);
    }

    private static final Doc TALKS = doc("talks", "2034-03-06", "en",
            "Valdora and Ostrenia open fishing talks in Castelmar",
            "Valdora and Ostrenia opened talks in Castelmar on Monday over the quota Valdora set on Ostrenian "
                    + "trawlers in January, with both sides trading blame.\nOstrenian Fisheries Minister Ilse "
                    + "Vantongeren demanded that the quota be lifted. Valdoran envoy Marek Dusza said Valdora would "
                    + "not lift it while Ostrenian boats kept fishing its cod grounds.");
    private static final Doc SPANISH = doc("es", "2034-03-07", "es",
            "Ostrenia rechaza la cuota de Valdora en Castelmar",
            "La ministra Ilse Vantongeren rechazó el martes en Castelmar la cuota de pesca que Valdora impuso a "
                    + "los barcos de Ostrenia. Marek Dusza defendió la medida de Valdora y dijo que Ostrenia debe "
                    + "respetar los caladeros.");
    private static final Doc DEAL = doc("deal", "2034-03-10", "en",
            "Cod accord: trawler crews to share a joint patrol vessel",
            "Negotiators shook hands on Friday on a two-season accord that halves cod landings by Ostrenian "
                    + "crews, pays for a joint patrol vessel and sends disputes over catches to an independent "
                    + "panel of marine scientists.\nHarbour masters expect the first patrols before summer. Ilse "
                    + "Vantongeren hailed the accord, and Marek Dusza promised that inspectors would check every "
                    + "landing in Castelmar. Skippers' associations called the cuts painful but fair.");
    private static final Doc OTHER = doc("other", "2034-03-10", "en",
            "Harbour workers in Lisk sign accord on night shifts",
            "Dock workers and the port authority of Lisk signed an accord on Friday that halves night shifts for "
                    + "two seasons and funds a new crane.\nUnion leader Tobias Reinholt hailed the accord, and port "
                    + "director Anna Solberg promised that inspectors would check every shift.");

    @Test
    void aLaterReportNamingTheStorysPartiesJoinsAStoryOfTwoLanguages() {
        IncrementalClusterer c = new IncrementalClusterer(ClusterParams.INCREMENTAL, s -> { });
        List.of(TALKS, SPANISH, DEAL, OTHER).forEach(c::prime);
        String talks = c.assign(TALKS);
        String spanish = c.assign(SPANISH);
        String deal = c.assign(DEAL);
        String other = c.assign(OTHER);
        assertEquals(talks, spanish, "the Spanish report joins by the names");
        assertEquals(talks, deal, "the deal joins the talks' story");
        assertNotEquals(talks, other, "a deal of other parties stays apart");
    }

    @Test
    void aBatchKeepsTheLaterReportInTheStoryOfTwoLanguages() {
        Map<String, String> story = new BatchClustering(new IncrementalClusterer())
                .cluster(List.of(TALKS, SPANISH, DEAL, OTHER));
        assertEquals(story.get("talks"), story.get("deal"), story.toString());
        assertEquals(story.get("talks"), story.get("es"), story.toString());
        assertNotEquals(story.get("talks"), story.get("other"), story.toString());
    }
}
