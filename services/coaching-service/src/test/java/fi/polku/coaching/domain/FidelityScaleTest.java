package fi.polku.coaching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.polku.coaching.domain.FidelityScale.Band;
import fi.polku.coaching.domain.FidelityScale.ItemScore;

class FidelityScaleTest {

    /** Scores in the manner of the ELY audit of ValmennusLehto Oy (LIITE 9), ranges resolved, four items N/A. */
    static List<ItemScore> elyAuditLike() {
        Integer[] scores = {5, 4, 5, 3, null, 5, 5, 4, null, 5, null, 4, 5, 4, 4, 5, 4, 4, 5, 5, 5, 5, 1, 2, null};
        List<ItemScore> items = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            items.add(new ItemScore(i + 1, scores[i]));
        }
        return items;
    }

    @Test
    void notApplicableItemsScoreNothingAndTheBandIsReadFromTheTotal() {
        FidelityScale.Result result = FidelityScale.evaluate(elyAuditLike());

        assertThat(result.total()).isEqualTo(89);
        assertThat(result.band()).isEqualTo(Band.FAIR);
        assertThat(result.scoredItems()).isEqualTo(21);
        assertThat(result.notApplicableItems()).containsExactly(5, 9, 11, 25);
        assertThat(result.proratedTotal()).isEqualTo(106); // 89 * 25 / 21 = 105.95
        assertThat(result.proratedBand()).isEqualTo(Band.GOOD);
    }

    /**
     * LIITE 9 as written: "2. Fokus työhönvalmennuksessa VALMENNUSLEHTO OY: vaihtelee 3-5", 14 "4-5", 15 "3-5", 24
     * "1-2"; items 4 ("ei pääasiallinen – jossain määrin mukana"), 5 and 9 ("ei relevantti"), 11 and 25 ("---")
     * unscored; "VALMENNUSLEHTO OY YHTEISPISTEET 89 pistettä". The ranges' upper ends give exactly those 89.
     */
    @Test
    void aRangeCountsItsUpperEndAsTheElyAuditOf2022Did() {
        Integer[] fixed = {5, null, 5, null, null, 5, 5, 4, null, 5, null, 4, 5, null, null, 5, 4, 4, 5, 5, 5, 5, 1,
                null, null};
        java.util.Map<Integer, int[]> ranges = java.util.Map.of(2, new int[] {3, 5}, 14, new int[] {4, 5}, 15,
                new int[] {3, 5}, 24, new int[] {1, 2});
        List<ItemScore> items = new ArrayList<>();
        for (int i = 0; i < fixed.length; i++) {
            int[] range = ranges.get(i + 1);
            items.add(range == null ? new ItemScore(i + 1, fixed[i]) : new ItemScore(i + 1, range[1], range[0]));
        }

        FidelityScale.Result result = FidelityScale.evaluate(items);

        assertThat(result.total()).isEqualTo(89);
        assertThat(result.lowestTotal()).isEqualTo(83);
        assertThat(result.band()).isEqualTo(Band.FAIR);
        assertThat(result.notApplicableItems()).containsExactly(4, 5, 9, 11, 25);
    }

    @Test
    void withoutRangesTheLowestTotalIsTheTotal() {
        assertThat(FidelityScale.evaluate(elyAuditLike()).lowestTotal()).isEqualTo(89);
    }

    @Test
    void bands() {
        assertThat(Band.of(125)).isEqualTo(Band.EXEMPLARY);
        assertThat(Band.of(115)).isEqualTo(Band.EXEMPLARY);
        assertThat(Band.of(114)).isEqualTo(Band.GOOD);
        assertThat(Band.of(100)).isEqualTo(Band.GOOD);
        assertThat(Band.of(99)).isEqualTo(Band.FAIR);
        assertThat(Band.of(74)).isEqualTo(Band.FAIR);
        assertThat(Band.of(73)).isEqualTo(Band.NOT_SUPPORTED_EMPLOYMENT);
        assertThat(Band.of(25)).isEqualTo(Band.NOT_SUPPORTED_EMPLOYMENT);
    }
}
