package fi.polku.assessment.domain;

/** Who takes part in drawing up an activation plan. */
public enum PartyRole {
    CLIENT,
    /** Sosiaalihuollon omatyöntekijä: always present when the activation plan is drawn up. */
    SOCIAL_WELFARE_OWN_WORKER,
    /** Kuntakokeilun / työllisyyspalvelujen omavalmentaja. */
    MUNICIPAL_EMPLOYMENT_OWN_COACH,
    TE_SERVICES,
    REHABILITATIVE_WORK_SOCIAL_INSTRUCTOR,
    JOB_COACH,
    OTHER;

    /** The TE office, or the municipal employment trial's own coach (kuntakokeilun omavalmentaja, seed 003 §2.8). */
    public boolean isEmploymentAuthority() {
        return this == TE_SERVICES || this == MUNICIPAL_EMPLOYMENT_OWN_COACH;
    }
}
