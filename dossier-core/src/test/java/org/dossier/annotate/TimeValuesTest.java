package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Annotations;
import org.dossier.model.TimeMention;
import org.junit.jupiter.api.Test;

/**
 * TIMEX3-style values of time expressions in English news sentences written for them (weekdays, relative weeks,
 * months and years, offsets, stated dates, ranges), resolved against an anchor of Wednesday 2022-01-12.
 */
class TimeValuesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2022, 1, 12);
    private static final String[][] CASES = {
        {"The talks began on Monday in Geneva.", "Monday", "2022-01-10"},
        {"The summit will open on Friday.", "Friday", "2022-01-14"},
        {"Prices rose sharply last week.", "last week", "2022-W01"},
        {"The law takes effect next month.", "next month", "2022-02"},
        {"The company was founded in 1998 by two brothers.", "1998", "1998"},
        {"The festival runs from March 3 to March 5.", "March 3", "2022-03-03"},
        {"The festival runs from March 3 to March 5.", "March 5", "2022-03-05"},
        {"The report was released on January 5.", "January 5", "2022-01-05"},
        {"Yesterday the minister resigned.", "Yesterday", "2022-01-11"},
        {"The vote is scheduled for tomorrow.", "tomorrow", "2022-01-13"},
        {"Last year inflation hit five percent.", "Last year", "2021"},
        {"The plant will close next year.", "next year", "2023"},
        {"On 3 February 2021 the deal was signed.", "3 February 2021", "2021-02-03"},
        {"More talks are planned for next week.", "next week", "2022-W03"},
        {"Last Thursday protesters gathered outside parliament.", "Thursday", "2022-01-06"},
        {"The ceasefire began on Sunday.", "Sunday", "2022-01-09"},
        {"A decision is expected this week.", "this week", "2022-W02"},
        {"Officials will meet again on March 14.", "March 14", "2022-03-14"},
        {"The border was closed on December 20, 2021.", "December 20, 2021", "2021-12-20"},
        {"Troops arrived in November.", "November", "2021-11"},
        {"The results will be published in three days.", "three days", "2022-01-15"},
        {"Two weeks ago the border closed.", "Two weeks ago", "2021-W52"},
        {"The strike started on Tuesday, January 4.", "January 4", "2022-01-04"},
        {"Elections are due in 2023.", "2023", "2023"},
    };

    @Test
    void englishTimeValuesReachTheAccuracyGoal() {
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (String[] c : CASES) {
            Annotations a = Texts.annotate(c[0], ANCHOR);
            String value = a.times().stream().filter(t -> t.text().contains(c[1])).findFirst()
                    .map(TimexValues::of).orElse(null);
            if (c[2].equals(value)) {
                right++;
            } else {
                misses.add(c[0] + " [" + c[1] + "] expected " + c[2] + " got " + value + " of "
                        + a.times().stream().map(TimeMention::text).toList());
            }
        }
        double accuracy = right / (double) CASES.length;
        System.out.printf(Locale.ROOT, "time values (en): %d/%d = %.3f%n", right, CASES.length, accuracy);
        misses.forEach(m -> System.out.println("  " + m));
        assertTrue(accuracy >= 0.85, "accuracy " + accuracy + "\n" + String.join("\n", misses));
    }
}
