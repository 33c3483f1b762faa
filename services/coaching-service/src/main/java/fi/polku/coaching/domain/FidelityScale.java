package fi.polku.coaching.domain;

import java.util.List;

/**
 * The 25-item fidelity scale (LIITE 1): each item scored 1–5, total 25–125, read in bands. An item may be marked not
 * applicable, as the ELY audit of the pilot's provider did; such an item scores nothing, so the total is the sum of
 * the scored items and the band is read from it, as in that audit (89 points, "fair", with items 5 and 9 not
 * relevant). The prorated total (scored items scaled to 25 items) is given beside it for comparison only.
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

    /** One item: a score, or null when not applicable. */
    public record ItemScore(int item, Integer score) {
    }

    public record Result(int total, Band band, int scoredItems, List<Integer> notApplicableItems,
            Integer proratedTotal, Band proratedBand) {
    }

    private FidelityScale() {
    }

    public static Result evaluate(List<ItemScore> items) {
        int total = items.stream().filter(i -> i.score() != null).mapToInt(ItemScore::score).sum();
        int scored = (int) items.stream().filter(i -> i.score() != null).count();
        List<Integer> notApplicable = items.stream().filter(i -> i.score() == null).map(ItemScore::item).sorted()
                .toList();
        Integer prorated = scored == 0 ? null : (int) Math.round(total * (double) ITEMS / scored);
        return new Result(total, Band.of(total), scored, notApplicable, prorated,
                prorated == null ? null : Band.of(prorated));
    }
}
