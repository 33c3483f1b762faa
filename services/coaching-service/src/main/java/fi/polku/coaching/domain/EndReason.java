package fi.polku.coaching.domain;

/**
 * Why a coaching episode ended. Never a time limit or missed meetings (003 item 25.1: "Palvelun päättäminen ei
 * perustu aikarajoituksiin eikä siihen, ettei asiakas ole saapunut tapaamisiin").
 */
public enum EndReason {
    /** The client no longer wants coaching or work (25.6). */
    CLIENT_WISH,
    MOVED_AWAY,
    /** No contact after the documented engagement attempts (25.2), see {@link EngagementRules}. */
    NO_CONTACT_AFTER_ENGAGEMENT_ATTEMPTS
}
