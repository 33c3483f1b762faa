package fi.polku.reporting.domain;

import java.time.LocalDate;
import java.util.List;

import fi.polku.reporting.domain.CoachingFacts.Job;

/**
 * The one definition of employment every report uses.
 *
 * <ul>
 * <li><b>Employed in the open labour market</b>: a job of kind paid work ({@code EMPLOYMENT}) open to anyone
 * ({@code openLabourMarket}, by JobStarted's definition not reserved for people with reduced work ability). A work
 * trial is never employment, whatever its workplace (003 §2.11; §6 "tulospalkkio (työllistyminen avoimille
 * markkinoille)"); a job whose kind is not known is not counted. Outside coaching, a clientship closed in
 * case-owner with reason {@value #CLOSED_EMPLOYED} is an employment outcome of the service package too.</li>
 * <li><b>Competitive employment</b> (IPS item 21): employed in the open labour market and paid at least the wage of
 * the sector's collective agreement.</li>
 * </ul>
 */
public final class Employment {

    public static final String PAID_WORK = "EMPLOYMENT";
    public static final String CLOSED_EMPLOYED = "EMPLOYED_OPEN_LABOUR_MARKET";

    private Employment() {
    }

    public static boolean inOpenLabourMarket(Job job) {
        return PAID_WORK.equals(job.kind()) && job.openLabourMarket();
    }

    public static boolean competitive(Job job) {
        return inOpenLabourMarket(job) && job.wageAtLeastCollectiveAgreement();
    }

    /** Whether the job went on on any day from {@code from} to {@code to}, both included. */
    public static boolean during(Job job, LocalDate from, LocalDate to) {
        return !job.startDate().isAfter(to) && (job.endDate() == null || !job.endDate().isBefore(from));
    }

    public static boolean closedAsEmployed(String closedReason) {
        return CLOSED_EMPLOYED.equals(closedReason);
    }

    /** A client of the service package is employed by a job in the open labour market or by the closure's reason. */
    public static boolean employed(List<Job> jobsOfClient, String closedReason) {
        return closedAsEmployed(closedReason) || jobsOfClient.stream().anyMatch(Employment::inOpenLabourMarket);
    }
}
