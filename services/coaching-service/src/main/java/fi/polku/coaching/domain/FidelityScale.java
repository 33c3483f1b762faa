package fi.polku.coaching.domain;

import java.util.List;

/**
 * The 25-item fidelity scale (LIITE 1): each item scored 1–5, total 25–125, read in bands. An item may be marked not
 * applicable, as the ELY audit of the pilot's provider did; such an item scores nothing, so the total is the sum of
 * the scored items and the band is read from it, as in that audit (89 points, "fair", with items 5 and 9 not
 * relevant). The prorated total (scored items scaled to 25 items) is given beside it for comparison only.
 *
 * <p>Where the reviewers give a range ("vaihtelee 3-5"), the item counts with the range's upper end in the total, as
 * that audit did: its fixed scores sum to 72 and its ranges (items 2: 3–5, 14: 4–5, 15: 3–5, 24: 1–2) to 17 at the
 * upper ends, together the reported 89. The lowest total, with every range at its lower end (83 there), is beside it.
 */
public final class FidelityScale {

    public static final int ITEMS = 25;
    public static final String NOT_APPLICABLE_TREATMENT = "Not-applicable items score 0: the total is the sum of the"
            + " scored items and the band is read from it, as the ELY audit of 2022 did. proratedTotal scales the"
            + " scored items to all 25 items (sum x 25 / scored items, rounded) for comparison only.";

    public enum Band {
        EXEMPLARY, GOOD, FAIR, NOT_SUPPORTED_EMPLOYMENT;

        public static Band of(int total) {
            if (total >= 115) {
                return EXEMPLARY;
            }
            if (total >= 100) {
                return GOOD;
            }
            return total >= 74 ? FAIR : NOT_SUPPORTED_EMPLOYMENT;
        }
    }

    /** One item: a score (a range's upper end) and its lowest score (a range's lower end), or nulls when not applicable. */
    public record ItemScore(int item, Integer score, Integer lowest) {

        public ItemScore(int item, Integer score) {
            this(item, score, score);
        }
    }

    public record Result(int total, Band band, int scoredItems, List<Integer> notApplicableItems,
            Integer proratedTotal, Band proratedBand, int lowestTotal) {
    }

    private FidelityScale() {
    }

    public static Result evaluate(List<ItemScore> items) {
        int total = items.stream().filter(i -> i.score() != null).mapToInt(ItemScore::score).sum();
        int scored = (int) items.stream().filter(i -> i.score() != null).count();
        List<Integer> notApplicable = items.stream().filter(i -> i.score() == null).map(ItemScore::item).sorted()
                .toList();
        Integer prorated = scored == 0 ? null : (int) Math.round(total * (double) ITEMS / scored);
        int lowestTotal = items.stream().filter(i -> i.lowest() != null).mapToInt(ItemScore::lowest).sum();
        return new Result(total, Band.of(total), scored, notApplicable, prorated,
                prorated == null ? null : Band.of(prorated), lowestTotal);
    }
}
