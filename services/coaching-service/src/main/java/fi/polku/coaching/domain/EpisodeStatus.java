package fi.polku.coaching.domain;

public enum EpisodeStatus {
    /** The referral waits for the provider to accept it (a closed-loop referral, {@link ReferralRules}). */
    WAITING_FOR_ACCEPTANCE,
    /** The referral named no provider, or one not registered yet, and no contracted provider was found. */
    WAITING_FOR_PROVIDER,
    /** No valid consent of the client covers the provider yet: the provider's coaches cannot see the client. */
    WAITING_FOR_CONSENT,
    /** Consent is there, but every coach of the provider is at their caseload limit. */
    WAITING_FOR_COACH,
    ACTIVE,
    ENDED,
    /** The provider declined the referral, or its sender cancelled it, before coaching started. */
    NOT_ACCEPTED;

    /** Whether the episode is still open: waiting or active. */
    public boolean isOpen() {
        return this != ENDED && this != NOT_ACCEPTED;
    }
}
