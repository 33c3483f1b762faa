package fi.polku.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.polku.reporting.domain.CoachingFacts.Job;

/**
 * 003 §6: "tulospalkkio (työllistyminen avoimille markkinoille)"; a work trial (työkokeilu) is no employment (§2.11).
 * LIITE 1 item 21 (kilpailukykyiset työt): open labour market, at least the collective agreement's wage.
 */
class EmploymentTest {

    private static final LocalDate D = LocalDate.of(2024, 4, 1);

    private static Job job(String kind, boolean open, boolean wage) {
        return new Job("c", "P", kind, open, wage, D, null);
    }

    @Test
    void onlyPaidWorkInTheOpenLabourMarketIsEmployment() {
        assertThat(Employment.inOpenLabourMarket(job("EMPLOYMENT", true, false))).isTrue();
        assertThat(Employment.inOpenLabourMarket(job("WORK_TRIAL", true, true))).isFalse();
        assertThat(Employment.inOpenLabourMarket(job("EMPLOYMENT", false, true))).isFalse();
        assertThat(Employment.inOpenLabourMarket(job(null, true, true))).as("kind unknown").isFalse();
    }

    @Test
    void competitiveEmploymentAlsoNeedsTheCollectiveAgreementsWage() {
        assertThat(Employment.competitive(job("EMPLOYMENT", true, true))).isTrue();
        assertThat(Employment.competitive(job("EMPLOYMENT", true, false))).isFalse();
        assertThat(Employment.competitive(job("WORK_TRIAL", true, true))).isFalse();
    }

    @Test
    void aClientshipClosedAsEmployedIsAnEmploymentOutcome() {
        assertThat(Employment.employed(List.of(), "EMPLOYED_OPEN_LABOUR_MARKET")).isTrue();
        assertThat(Employment.employed(List.of(), "PAY_SUBSIDISED_WORK")).isFalse();
        assertThat(Employment.employed(List.of(job("WORK_TRIAL", true, true)), null)).isFalse();
        assertThat(Employment.employed(List.of(job("EMPLOYMENT", true, true)), null)).isTrue();
    }
}
