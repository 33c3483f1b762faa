package fi.polku.platform.security;

/** The roles carried in a token's {@code groups} claim. */
public final class Roles {

    public static final String INTAKE_WORKER = "intake-worker";
    public static final String CASE_OWNER = "case-owner";
    public static final String TEAM_MEMBER = "team-member";
    public static final String JOB_COACH = "job-coach";
    /** Manages professionals, teams and providers. */
    public static final String COORDINATOR = "coordinator";
    public static final String ANALYST = "analyst";
    public static final String AUDITOR = "auditor";

    public static final String[] ALL = {INTAKE_WORKER, CASE_OWNER, TEAM_MEMBER, JOB_COACH, COORDINATOR, ANALYST,
        AUDITOR};

    private Roles() {
    }
}
