package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups of one story as agencies write them — the place named once in a capital dateline, possessives, new
 * figures — join the first report, while another story of the same kind on the same days, sharing weekdays and the
 * agency, stays apart.
 */
class FollowUpKeysTest {
    private static StoryClusterer.Doc doc(String id, String date, String title, String text) {
        return StoryClusterer.Doc.of(id, title, text, LocalDate.parse(date), "en");
    }

    @Test
    void aDatelineFollowUpJoinsItsStoryAndAFloodElsewhereStaysApart() {
        List<StoryClusterer.Doc> docs = List.of(
                doc("first", "2033-01-10", "River Wend bursts its banks, 1,800 evacuated in Ashcombe",
                        "About 1,800 people were evacuated from their homes in Ashcombe on Monday after the River Wend "
                                + "burst its banks following two days of heavy rain.\nWater flooded the town centre and "
                                + "the railway station. Council leader Ruth Amery said soldiers were filling sandbags "
                                + "and that schools had been opened as shelters."),
                doc("update", "2033-01-11", "Woman dies as floodwater sweeps car off road",
                        "ASHCOMBE (WNA) — A 71-year-old woman died on Tuesday after her car was swept off a road by "
                                + "floodwater, police said, the first death since the river burst its banks.\nRescue "
                                + "crews in boats took 140 more people from flooded homes overnight, and soldiers kept "
                                + "filling sandbags in the town centre, where the railway station stays closed."),
                doc("other", "2033-01-11", "Storm floods villages in the Kelby valley",
                        "KELBY (WNA) — Heavy rain flooded dozens of homes in the Kelby valley on Tuesday, and "
                                + "firefighters moved 30 residents of a care home to safety.\nThe rail line to "
                                + "Dunholm was closed after a landslip, forecaster Tom Wray said on Monday."),
                doc("return", "2033-01-13", "Ashcombe's residents return to ruined homes",
                        "Residents began returning to their homes on Thursday as the Wend's floodwater receded, "
                                + "finding ruined kitchens and a thick layer of mud.\nAshcombe's council said "
                                + "insurers had received 2,100 claims, and Ruth Amery asked for government help."));
        Map<String, String> story = new BatchClustering(new IncrementalClusterer()).cluster(docs);
        assertEquals(story.get("first"), story.get("update"), story.toString());
        assertEquals(story.get("first"), story.get("return"), story.toString());
        assertNotEquals(story.get("first"), story.get("other"), story.toString());
    }
}
