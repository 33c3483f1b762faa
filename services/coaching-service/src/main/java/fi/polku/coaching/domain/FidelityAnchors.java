package fi.polku.coaching.domain;

/** The scores that measured values imply by the anchors of the criteria in LIITE 1 (THL 2022). */
public final class FidelityAnchors {

    /** Item 17's 5: "mikäli työhönvalmentajalla on vähemmän kuin 3 työtä hakevaa asiakasta". */
    public static final int SMALL_JOB_SEEKER_CASELOAD = 3;

    private FidelityAnchors() {
    }

    /**
     * Item 3: "Jokainen työhönvalmentaja toteuttaa kaikkia työhönvalmennuksen vaiheita"; 5 = all five phases, 4 = four
     * but not the whole service, 3 = one to three (1 and 2, handing clients over to other services, leave no
     * phases in the records).
     */
    public static int phasesDoneByTheCoach(int phases) {
        if (phases >= Phase.values().length) {
            return 5;
        }
        return phases == Phase.values().length - 1 ? 4 : 3;
    }

    /** Item 1: clients per full-time coach; 5 = at most 20, 4 = 21–25, 3 = 26–30, 2 = 31–40, 1 = 41 or more. */
    public static int caseload(double clientsPerFullTimeCoach) {
        if (clientsPerFullTimeCoach <= 20) {
            return 5;
        }
        if (clientsPerFullTimeCoach <= 25) {
            return 4;
        }
        if (clientsPerFullTimeCoach <= 30) {
            return 3;
        }
        return clientsPerFullTimeCoach <= 40 ? 2 : 1;
    }

    /**
     * Item 15: average days from entering the service to the first face-to-face employer contact; 5 = within 30,
     * 4 = 31–60, 3 = 61–150, 2 = 151–270, 1 = 271 or more.
     */
    public static int daysToFirstEmployerContact(double averageDays) {
        if (averageDays <= 30) {
            return 5;
        }
        if (averageDays <= 60) {
            return 4;
        }
        if (averageDays <= 150) {
            return 3;
        }
        return averageDays <= 270 ? 2 : 1;
    }

    /** Item 16: share of employer contacts based on client preferences; 1 &lt; 25 %, 2 = 25–49, 3 = 50–74, 4 = 75–89, 5 = 90–100. */
    public static int preferenceBasedContacts(double percent) {
        if (percent >= 90) {
            return 5;
        }
        if (percent >= 75) {
            return 4;
        }
        if (percent >= 50) {
            return 3;
        }
        return percent >= 25 ? 2 : 1;
    }

    /**
     * Item 17: face-to-face employer meetings per coach per week; 5 = at least 6, 4 = 5, 3 = 4, 2 = 2, 1 = fewer
     * than 2 (a rate between two anchors takes the lower).
     */
    public static int employerContactsPerWeek(double perCoachPerWeek) {
        if (perCoachPerWeek >= 6) {
            return 5;
        }
        if (perCoachPerWeek >= 5) {
            return 4;
        }
        if (perCoachPerWeek >= 4) {
            return 3;
        }
        return perCoachPerWeek >= 2 ? 2 : 1;
    }

    /**
     * Item 17 for one coach: the rate per full-time week by the anchors, or 5 when the coach has fewer than
     * {@value #SMALL_JOB_SEEKER_CASELOAD} job-seeking clients and "vastaa viikoittaisten työnantajatapaamisten määrä
     * vähintään 2 kertaa työnhakija-asiakkaiden määrää" (2 job seekers: at least 4 contacts a week).
     */
    public static int employerContactsOfCoach(double perFullTimeWeek, double perWeek, int jobSeekingClients) {
        if (jobSeekingClients > 0 && jobSeekingClients < SMALL_JOB_SEEKER_CASELOAD
                && perWeek >= 2.0 * jobSeekingClients) {
            return 5;
        }
        return employerContactsPerWeek(perFullTimeWeek);
    }

    /**
     * Item 25: "On osoitettavissa, että on käytetty ... toimintatapaa"; 1 = at most 2 of the six practices, 2 = 3,
     * 3 = 4, 4 = 5, 5 = all 6.
     */
    public static int engagementPractices(int shown) {
        return Math.max(1, Math.min(5, shown - 1));
    }

    /** Items 19 and 20: share of different jobs / employers; 1 &lt; 50 %, 2 = 50–59, 3 = 60–69, 4 = 70–84, 5 = 85–100. */
    public static int diversity(double percent) {
        if (percent >= 85) {
            return 5;
        }
        if (percent >= 70) {
            return 4;
        }
        if (percent >= 60) {
            return 3;
        }
        return percent >= 50 ? 2 : 1;
    }

    /**
     * Item 21: share of competitive jobs (open labour market, permanent, at least the collective agreement's wage);
     * 1 = under 65 % or fewer than 10 employed clients, 2 = 65–74, 3 = 75–84, 4 = 85–94, 5 = 95 or more.
     */
    public static int competitiveJobs(double percent, int employedClients) {
        if (employedClients < 10 || percent < 65) {
            return 1;
        }
        if (percent < 75) {
            return 2;
        }
        if (percent < 85) {
            return 3;
        }
        return percent < 95 ? 4 : 5;
    }

    /** Item 24: share of work in the community; 1 &lt; 30 %, 2 = 30–39, 3 = 40–49, 4 = 50–64, 5 = 65 or more. */
    public static int communityBased(double percent) {
        if (percent >= 65) {
            return 5;
        }
        if (percent >= 50) {
            return 4;
        }
        if (percent >= 40) {
            return 3;
        }
        return percent >= 30 ? 2 : 1;
    }

    /**
     * Item 23, from the follow-along contacts due: 5 = every kind of contact kept (before the start, within 3 days
     * after it, weekly in the first month, monthly, after a job ended); 4 = the weekly and monthly contacts kept;
     * 3 = at least half of the clients whose job started at least four months ago met face-to-face four months or
     * more after the start; 2 = fewer than half; 1 = no face-to-face contact after the first month.
     */
    public static int timeUnlimitedSupport(boolean allKindsKept, boolean weeklyAndMonthlyKept,
            int clientsFourMonthsIn, int metAfterFourMonths, boolean anyFaceToFaceAfterFirstMonth) {
        if (allKindsKept) {
            return 5;
        }
        if (weeklyAndMonthlyKept) {
            return 4;
        }
        if (clientsFourMonthsIn > 0 && metAfterFourMonths * 2 >= clientsFourMonthsIn) {
            return 3;
        }
        return anyFaceToFaceAfterFirstMonth ? 2 : 1;
    }
}
