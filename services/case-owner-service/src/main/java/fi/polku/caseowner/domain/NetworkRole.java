package fi.polku.caseowner.domain;

/** A named person's role in a client's care network (seeds 003 §2.6–2.12). */
public enum NetworkRole {
    /** Sosiaalihuollon omatyöntekijä. */
    OWN_WORKER,
    /** Työllisyyspalvelujen omavalmentaja. */
    OWN_COACH,
    /** Työhönvalmentaja. */
    JOB_COACH,
    /** Kuntouttavan työtoiminnan ohjaaja tai sosiaaliohjaaja. */
    REHABILITATIVE_WORK_INSTRUCTOR,
    /** Työkykytiimin yhteyshenkilö. */
    WORK_ABILITY_TEAM_CONTACT,
    /** Työkykykoordinaattori. */
    WORK_ABILITY_COORDINATOR,
    /**
     * Vertaisvalmentaja: a trained peer of a workshop's peer-coaching activity (seed 000, "Vertaisvalmentajatoiminta");
     * the reports count the clients who had peer support.
     */
    PEER_COACH,
    OTHER
}
