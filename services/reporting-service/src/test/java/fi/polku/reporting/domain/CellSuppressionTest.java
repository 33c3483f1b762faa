package fi.polku.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CellSuppressionTest {

    private static CountList list(long... counts) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            map.put("k" + i, counts[i]);
        }
        return CountList.of("key", map);
    }

    private static List<String> displays(CountList list) {
        return list.rows().stream().map(row -> row.count().display()).toList();
    }

    @Test
    void countsOfFiveOrMoreAndZeroAreShown() {
        CountList counts = list(5, 0, 12);
        assertThat(displays(counts)).containsExactly("5", "0", "12");
        assertThat(counts.total().display()).isEqualTo("17");
    }

    @Test
    void aSingleSmallCellAlsoWithholdsTheSmallestOtherCellSoTheTotalCannotGiveItBack() {
        CountList counts = list(3, 40, 7);
        assertThat(displays(counts)).containsExactly("<5", "40", "..");
        assertThat(counts.total().display()).isEqualTo("50");
        assertThat(counts.rows().get(2).count().value()).isNull();
    }

    @Test
    void twoSmallCellsWhoseSumLeavesEachOpenProtectEachOther() {
        assertThat(displays(list(1, 2, 6))).containsExactly("<5", "<5", "6");
    }

    @Test
    void twoSmallCellsWhoseSumGivesThemAwayAreProtectedByAThirdCell() {
        // 1 + 1 = 2 would tell that both are 1
        assertThat(displays(list(1, 1, 6, 9))).containsExactly("<5", "<5", "..", "9");
        // 4 + 4 = 8 would tell that both are 4
        assertThat(displays(list(4, 4, 6, 9))).containsExactly("<5", "<5", "..", "9");
    }

    @Test
    void aSmallCellAndAWithheldCellLeaveTheTotalShownWhenTheSmallCellStaysOpen() {
        // 2 + 7 = 9: the small cell may be 1-4 and the other 5-8
        CountList counts = list(2, 7);
        assertThat(displays(counts)).containsExactly("<5", "..");
        assertThat(counts.total().display()).isEqualTo("9");
    }

    @Test
    void whenNoCellIsLeftToWithholdTheTotalIsWithheld() {
        // 1 + 5 = 6: with the other cell at least 5, the small one could only be 1
        CountList counts = list(1, 5);
        assertThat(displays(counts)).containsExactly("<5", "..");
        assertThat(counts.total().display()).isEqualTo("..");
    }

    @Test
    void aSmallTotalIsItselfWithheld() {
        CountList counts = list(2, 1);
        assertThat(counts.total().display()).isEqualTo("<5");
    }

    @Test
    void aCrossTableProtectsRowsColumnsAndTheirTotals() {
        CrossTable table = CrossTable.of("party", "channel", List.of("TE", "KELA"), List.of("PHONE", "WEB"),
                Map.of("TE", Map.of("PHONE", 5L, "WEB", 2L), "KELA", Map.of("PHONE", 1L)));
        assertThat(table.rows().get(0).cells()).extracting(SuppressedCount::display).containsExactly("..", "<5");
        assertThat(table.rows().get(1).cells()).extracting(SuppressedCount::display).containsExactly("<5", "0");
        assertThat(table.rows().get(0).total().display()).isEqualTo("..");
        assertThat(table.rows().get(1).total().display()).isEqualTo("<5");
        assertThat(table.columnTotals()).extracting(SuppressedCount::display).containsExactly("..", "<5");
        assertThat(table.total().display()).isEqualTo("8");
    }

    @Test
    void everyWithheldCellOfARandomTableLeavesAtLeastTwoValuesOpen() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 500; round++) {
            long[] counts = random.longs(6, 0, 12).toArray();
            CountList list = list(counts);
            long total = java.util.Arrays.stream(counts).sum();
            if (!list.total().suppressed()) {
                long hidden = total - list.rows().stream().filter(r -> !r.count().suppressed())
                        .mapToLong(r -> r.count().value()).sum();
                long withheld = list.rows().stream().filter(r -> r.count().suppressed()).count();
                assertThat(withheld == 0 || withheld >= 2).as("counts %s", java.util.Arrays.toString(counts)).isTrue();
                assertThat(hidden).isEqualTo(java.util.stream.IntStream.range(0, counts.length)
                        .filter(i -> list.rows().get(i).count().suppressed()).mapToLong(i -> counts[i]).sum());
            }
        }
    }
}
