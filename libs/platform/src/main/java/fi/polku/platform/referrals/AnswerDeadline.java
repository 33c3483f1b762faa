package fi.polku.platform.referrals;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import fi.polku.platform.time.FinnishCalendar;

/** The last day for a receiver to answer a referral: {@code polku.referrals.answer-working-days} Finnish working days on. */
@ApplicationScoped
public class AnswerDeadline {

    @ConfigMapping(prefix = "polku.referrals")
    public interface Config {

        /** Finnish working days a receiver has to answer a referral. */
        @WithDefault("5")
        int answerWorkingDays();
    }

    private final int workingDays;

    public AnswerDeadline(Config config) {
        this.workingDays = config.answerWorkingDays();
    }

    /** The last day to answer a referral sent on {@code requested}. */
    public LocalDate forReferralSentOn(LocalDate requested) {
        return of(requested, workingDays);
    }

    public static LocalDate of(LocalDate requested, int workingDays) {
        return FinnishCalendar.addWorkingDays(requested, workingDays);
    }
}
