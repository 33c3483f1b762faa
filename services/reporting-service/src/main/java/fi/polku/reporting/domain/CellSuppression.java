package fi.polku.reporting.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Decides which cells of a table of counts are withheld, so that no count of 1-4 clients can be read or worked
 * out from the published totals.
 *
 * <p>Primary suppression withholds every count of 1-4 ("<5"). Complementary suppression then protects each
 * additive group (the cells of a row or a column together with their published total): a reader who knows the
 * total, the visible cells, that a "<5" cell is 1-4 and that a ".." cell is at least 5, must still be left with at
 * least two possible values for every withheld cell. Where that does not hold, the smallest visible non-zero
 * cell of the group is withheld as well (".."); where no cell is left to withhold, the group's total is withheld.
 * Groups are revisited until nothing changes, because withholding a cell or total changes the groups it is in.
 * This is the interval check of each group on its own (as in τ-ARGUS's "hypercube" heuristic), not a full
 * linear-programming audit across groups.
 */
public final class CellSuppression {

    public enum Status { SHOWN, SMALL, COMPLEMENTARY }

    /** The entries of {@code members} add up to the entry {@code total}. */
    public record Group(List<Integer> members, int total) {
    }

    private CellSuppression() {
    }

    public static Status[] plan(long[] values, List<Group> groups) {
        Status[] status = new Status[values.length];
        for (int i = 0; i < values.length; i++) {
            status[i] = SuppressedCount.isSmall(values[i]) ? Status.SMALL : Status.SHOWN;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Group group : groups) {
                while (!protectedGroup(values, status, group)) {
                    withholdOneMore(values, status, group);
                    changed = true;
                }
            }
        }
        return status;
    }

    public static SuppressedCount display(long value, Status status) {
        return switch (status) {
            case SHOWN -> SuppressedCount.shown(value);
            case SMALL -> SuppressedCount.of(value);
            case COMPLEMENTARY -> SuppressedCount.complementary();
        };
    }

    private static boolean protectedGroup(long[] values, Status[] status, Group group) {
        if (status[group.total()] != Status.SHOWN) {
            return true;
        }
        List<Integer> withheld = group.members().stream().filter(i -> status[i] != Status.SHOWN).toList();
        long visible = group.members().stream().filter(i -> status[i] == Status.SHOWN).mapToLong(i -> values[i]).sum();
        long remainder = values[group.total()] - visible;
        for (int i : withheld) {
            long othersLow = 0;
            long othersHigh = 0;
            boolean othersUnbounded = false;
            for (int j : withheld) {
                if (j == i) {
                    continue;
                }
                othersLow += lowerBound(status[j]);
                if (status[j] == Status.COMPLEMENTARY) {
                    othersUnbounded = true;
                } else {
                    othersHigh += SuppressedCount.THRESHOLD - 1;
                }
            }
            long low = Math.max(lowerBound(status[i]), othersUnbounded ? lowerBound(status[i]) : remainder - othersHigh);
            long high = remainder - othersLow;
            if (status[i] == Status.SMALL) {
                high = Math.min(high, SuppressedCount.THRESHOLD - 1);
            }
            if (high <= low) {
                return false;
            }
        }
        return true;
    }

    private static long lowerBound(Status status) {
        return status == Status.COMPLEMENTARY ? SuppressedCount.THRESHOLD : 1;
    }

    private static void withholdOneMore(long[] values, Status[] status, Group group) {
        group.members().stream()
                .filter(i -> status[i] == Status.SHOWN && values[i] > 0)
                .min(Comparator.comparingLong((Integer i) -> values[i]))
                .ifPresentOrElse(i -> status[i] = Status.COMPLEMENTARY,
                        () -> status[group.total()] = Status.COMPLEMENTARY);
    }

    /** The groups of a table of {@code rows x columns} cells laid out row by row, then row totals, column totals, grand total. */
    public static List<Group> tableGroups(int rows, int columns) {
        List<Group> groups = new ArrayList<>();
        int rowTotals = rows * columns;
        int columnTotals = rowTotals + rows;
        int grandTotal = columnTotals + columns;
        for (int r = 0; r < rows; r++) {
            int row = r;
            groups.add(new Group(IntStream.range(0, columns).map(c -> row * columns + c).boxed().toList(), rowTotals + r));
        }
        for (int c = 0; c < columns; c++) {
            int column = c;
            groups.add(new Group(IntStream.range(0, rows).map(r -> r * columns + column).boxed().toList(), columnTotals + c));
        }
        groups.add(new Group(IntStream.range(0, rows).map(r -> rowTotals + r).boxed().toList(), grandTotal));
        groups.add(new Group(IntStream.range(0, columns).map(c -> columnTotals + c).boxed().toList(), grandTotal));
        return groups;
    }

    static long[] withTotals(long[][] cells, int rows, int columns) {
        long[] values = new long[rows * columns + rows + columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[r * columns + c] = cells[r][c];
                values[rows * columns + r] += cells[r][c];
                values[rows * columns + rows + c] += cells[r][c];
            }
        }
        values[values.length - 1] = Arrays.stream(cells).flatMapToLong(Arrays::stream).sum();
        return values;
    }
}
