package fi.polku.coaching.domain;

import java.time.LocalDate;

/**
 * When the next fidelity review is due (003 LIITE 1, 11.2): "tehdään tilanearvio … vähintään puolivuositain
 * käyttämällä näitä laatukriteereitä, kunnes saavutetaan korkea menetelmällinen tarkkuus (vähintään 100 pistettä
 * näissä laatukriteereissä). Tämän jälkeen tehdään tilanearvio vähintään kerran vuodessa."
 *
 * <p>Polku reads "high fidelity reached" from the latest review: a review of at least 100 points puts the next one a
 * year later, a lower total half a year later (a provider that falls below 100 again goes back to half-yearly
 * reviews). A provider never reviewed is due half a year after its contract started.
 */
public final class FidelityReviewSchedule {

    public static final int HIGH_FIDELITY = 100;
    public static final String RULE = "Half-yearly until a review reaches high fidelity (at least 100 points), then"
            + " yearly (LIITE 1, 11.2); read from the latest review; the first review half a year after the contract"
            + " started.";

    public enum Interval {
        HALF_YEARLY, YEARLY
    }

    public enum Basis {
        /** No review yet: counted from the contract's start. */
        CONTRACT_START,
        /** Counted from the latest review. */
        LATEST_REVIEW
    }

    public record Due(Basis basis, Interval interval, LocalDate nextReviewDue) {

        public boolean overdueOn(LocalDate today) {
            return today.isAfter(nextReviewDue);
        }
    }

    private FidelityReviewSchedule() {
    }

    public static Due afterReview(LocalDate reviewDate, int total) {
        Interval interval = total >= HIGH_FIDELITY ? Interval.YEARLY : Interval.HALF_YEARLY;
        return new Due(Basis.LATEST_REVIEW, interval, reviewDate.plusMonths(interval == Interval.YEARLY ? 12 : 6));
    }

    public static Due firstReview(LocalDate contractFrom) {
        return new Due(Basis.CONTRACT_START, Interval.HALF_YEARLY, contractFrom.plusMonths(6));
    }
}
